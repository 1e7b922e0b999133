package com.airesume.ai.boundary;

import com.airesume.ai.control.AiRequest;
import com.airesume.ai.control.AiUnavailableException;
import com.airesume.ai.control.BuiltInEngine;
import com.airesume.ai.control.ChatCompletions;
import com.airesume.ai.control.ExternalEngine;
import com.airesume.platform.config.AiSettings;
import com.airesume.platform.config.Secret;
import com.airesume.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Chooses the engine for each request. With {@code AI_API_URL} set, the external server is asked first, by at
 * most {@value #EXTERNAL_SLOTS} requests at a time across the instance; a request that finds no free slot within
 * {@value #SLOT_WAIT_SECONDS} s, and every failure of the server, is answered by the built-in engine, and the
 * answer says why. Resume text leaves the server only in the external case.
 */
@ApplicationScoped
public class Assistant {

    static final int EXTERNAL_SLOTS = 4;
    static final long SLOT_WAIT_SECONDS = 3;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(45);
    private static final Logger LOG = Logger.getLogger(Assistant.class.getName());

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final Semaphore slots = new Semaphore(EXTERNAL_SLOTS);
    private Duration slotWait = Duration.ofSeconds(SLOT_WAIT_SECONDS);
    private ExternalEngine external;
    private String externalName;

    @PostConstruct
    void connect() {
        connect(settings.ai(), CONNECT_TIMEOUT, ANSWER_TIMEOUT, Duration.ofSeconds(SLOT_WAIT_SECONDS));
    }

    void connect(AiSettings ai, Duration connectTimeout, Duration answerTimeout, Duration slotWait) {
        this.slotWait = slotWait;
        ai.endpoint().ifPresent(endpoint -> {
            external = new ExternalEngine(new ChatCompletions(endpoint, ai.apiKey().map(Secret::reveal), ai.model(),
                    connectTimeout, answerTimeout, Assistant::pause));
            externalName = ai.model() + " at " + endpoint.getHost();
        });
    }

    /**
     * The answer to a request, reporting each step to {@code progress}.
     *
     * @throws InterruptedException when the request was cancelled
     */
    public AiAnswer answer(AiRequest request, Consumer<AiStep> progress) throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        if (external == null) {
            progress.accept(AiStep.THINKING);
            return new AiAnswer(BuiltInEngine.answer(request, today), null, null);
        }
        progress.accept(AiStep.QUEUED_EXTERNAL);
        AiUnavailableException.Reason failure;
        if (slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
            try {
                progress.accept(AiStep.ASKING);
                return new AiAnswer(external.answer(request, today), externalName, null);
            } catch (AiUnavailableException e) {
                if (e.reason() == AiUnavailableException.Reason.INTERRUPTED || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException(e.getMessage());
                }
                LOG.warning(() -> "⚠️  AI server failed (" + e.reason() + "): " + e.getMessage()
                        + "; the built-in engine answered instead");
                failure = e.reason();
            } finally {
                slots.release();
            }
        } else {
            LOG.warning(() -> "⚠️  AI server busy: all " + EXTERNAL_SLOTS
                    + " slots taken; the built-in engine answered instead");
            failure = AiUnavailableException.Reason.BUSY;
        }
        progress.accept(AiStep.FALLING_BACK);
        return new AiAnswer(BuiltInEngine.answer(request, today), null, failure);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
