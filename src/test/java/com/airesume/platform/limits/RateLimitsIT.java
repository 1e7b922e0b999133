package com.airesume.platform.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Deployments;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counters under concurrency, against the run's database: many first hits of one window at once (colleagues
 * behind one office address) all count, none fails, and the limit holds at exactly its number.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitsIT {

    private static final int CLIENTS = 50;

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    RateLimits limits;

    @Test
    void fiftyFirstHitsAtOnceAllCount() throws Exception {
        String subject = "198.51.100." + UUID.randomUUID();
        List<Integer> counts = race(() -> limits.hit("race-test", subject, Duration.ofMinutes(1)));
        assertEquals(CLIENTS, limits.count("race-test", subject, Duration.ofMinutes(1)));
        Set<Integer> seen = new TreeSet<>(counts);
        assertEquals(CLIENTS, seen.size(), "two hits were told the same count: " + counts);
        assertEquals(CLIENTS, (int) seen.stream().max(Integer::compare).orElseThrow());
    }

    @Test
    void theLimitLetsExactlyItsNumberThrough() throws Exception {
        String subject = "203.0.113." + UUID.randomUUID();
        List<Boolean> answers = race(() -> limits.tryAcquire("race-limit", subject, 20, Duration.ofMinutes(1)));
        assertEquals(20, answers.stream().filter(Boolean::booleanValue).count());
        assertFalse(limits.tryAcquire("race-limit", subject, 20, Duration.ofMinutes(1)));
        assertTrue(limits.tryAcquire("race-limit", subject + "-other", 20, Duration.ofMinutes(1)));
    }

    private static <T> List<T> race(Callable<T> hit) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(clients.submit(() -> {
                    start.await();
                    return hit.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }
}
