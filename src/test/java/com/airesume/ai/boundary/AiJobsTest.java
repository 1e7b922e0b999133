package com.airesume.ai.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.ai.control.AiRequest;
import com.airesume.ai.control.Suggestion;
import com.airesume.platform.limits.RateLimits;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests off the request thread: answered and kept for their owner only, cancelled, limited per minute and per
 * person, and forgotten after a while. The assistant is replaced by one that waits when told to.
 */
class AiJobsTest {

    private static final long ZOE = 7;
    private static final long ANA = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, Integer> hits = new HashMap<>();
    private volatile boolean slow;
    private AiJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new AiJobs();
        jobs.clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
        jobs.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        jobs.metrics = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (registry, method, args) -> Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {Counter.class}, (counter, inc, none) -> null));
        jobs.limits = new RateLimits() {
            @Override
            public boolean tryAcquire(String bucket, String subject, int limit, Duration window) {
                return hits.merge(bucket + subject, 1, Integer::sum) <= limit;
            }
        };
        jobs.assistant = new Assistant() {
            @Override
            public AiAnswer answer(AiRequest request, Consumer<AiStep> progress) throws InterruptedException {
                progress.accept(AiStep.ASKING);
                if (slow) {
                    release.await();
                }
                return new AiAnswer(Suggestion.text("helped with it", "Led it"), "llama3 at ai.example.com", null);
            }
        };
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        pool.shutdownNow();
    }

    private AiProgress await(long owner, String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            AiProgress progress = jobs.progress(owner, id);
            if (!progress.isRunning()) {
                return progress;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("still running");
    }

    @Test
    void anAnswerIsKeptForTheOneWhoAskedOnly() throws Exception {
        String id = jobs.start(ZOE, new AiRequest.Improve("helped with it"));

        AiProgress done = await(ZOE, id);
        assertAll(() -> assertEquals(AiProgress.State.DONE, done.state()),
                () -> assertEquals("Led it", ((Suggestion) done.answer().result()).text()),
                () -> assertEquals(AiProgress.State.GONE, jobs.progress(ANA, id).state(), "not Ana's"),
                () -> assertEquals(AiProgress.State.GONE, jobs.progress(ZOE, "no-such-id").state()));
    }

    @Test
    void aRunningRequestShowsItsStepAndCanBeCancelled() throws Exception {
        slow = true;
        String id = jobs.start(ZOE, new AiRequest.Improve("helped with it"));
        Thread.sleep(100);
        assertEquals(new AiProgress(AiProgress.State.RUNNING, AiStep.ASKING, null), jobs.progress(ZOE, id));

        jobs.cancel(ANA, id);
        assertTrue(jobs.progress(ZOE, id).isRunning(), "only its owner cancels it");
        jobs.cancel(ZOE, id);
        assertEquals(AiProgress.State.CANCELLED, await(ZOE, id).state());
    }

    @Test
    void aPersonGetsTwentyAMinuteAndTwoAtOnce() throws Exception {
        for (int i = 0; i < AiJobs.PER_MINUTE; i++) {
            await(ZOE, jobs.start(ZOE, new AiRequest.Improve("line " + i)));
        }
        assertThrows(AiRateLimitedException.class, () -> jobs.start(ZOE, new AiRequest.Improve("one more")));
        await(ANA, jobs.start(ANA, new AiRequest.Improve("Ana's first")));

        slow = true;
        jobs.start(ANA, new AiRequest.Improve("second"));
        jobs.start(ANA, new AiRequest.Improve("third"));
        assertThrows(AiRateLimitedException.class, () -> jobs.start(ANA, new AiRequest.Improve("a third at once")));
    }

    @Test
    void answersAreForgottenAfterAWhile() throws Exception {
        String id = jobs.start(ZOE, new AiRequest.Improve("helped with it"));
        await(ZOE, id);
        jobs.forgetBefore(Instant.parse("2026-11-24T12:00:00Z"));
        assertEquals(AiProgress.State.DONE, jobs.progress(ZOE, id).state(), "not yet");
        jobs.forgetBefore(Instant.parse("2026-11-24T12:00:00Z").plus(AiJobs.KEPT).plusSeconds(1));
        assertEquals(AiProgress.State.GONE, jobs.progress(ZOE, id).state());
    }
}
