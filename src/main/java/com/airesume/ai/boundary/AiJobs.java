package com.airesume.ai.boundary;

import com.airesume.ai.control.AiRequest;
import com.airesume.platform.housekeeping.HousekeepingDue;
import com.airesume.platform.limits.RateLimits;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Runs the assistant's requests on a {@link ManagedExecutorService} of {@value #WORKERS} workers, never on a
 * request thread: {@link #start} answers at once with an id, and the page asks {@link #progress} until the answer
 * is there, or {@link #cancel}s. Each person may start {@value #PER_MINUTE} requests a minute (counted in the
 * shared {@code rate_limit_counters}, so instances count together) and have {@value #RUNNING_PER_PERSON} running
 * at once, so one person cannot occupy every worker. Answers are kept for {@link #KEPT} in this instance's memory,
 * for the page that asked.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = AiJobs.EXECUTOR, maxAsync = AiJobs.WORKERS)
public class AiJobs {

    static final String EXECUTOR = "java:app/concurrent/AiExecutor";
    static final int WORKERS = 8;
    public static final int PER_MINUTE = 20;
    static final int RUNNING_PER_PERSON = 2;
    static final Duration KEPT = Duration.ofMinutes(15);
    private static final String BUCKET = "ai-request";
    private static final Logger LOG = Logger.getLogger(AiJobs.class.getName());

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    Assistant assistant;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metrics;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * Starts answering a request for a person.
     *
     * @return the id to ask {@link #progress} with
     * @throws AiRateLimitedException when the person asked too often or has too many running
     */
    public String start(long owner, AiRequest request) throws AiRateLimitedException {
        long running = jobs.values().stream().filter(j -> j.owner == owner && j.running()).count();
        if (running >= RUNNING_PER_PERSON) {
            throw new AiRateLimitedException("Person " + owner + " has " + running + " requests running");
        }
        if (!limits.tryAcquire(BUCKET, Long.toString(owner), PER_MINUTE, Duration.ofMinutes(1))) {
            throw new AiRateLimitedException("Person " + owner + " asked more than " + PER_MINUTE + " times a minute");
        }
        Job job = new Job(UUID.randomUUID().toString(), owner, clock.instant());
        jobs.put(job.id, job);
        try {
            job.future = executor.submit(() -> {
                job.run(assistant, request);
                AiAnswer answer = job.answer;
                if (answer != null) {
                    metrics.counter("ai_requests", new Tag("engine", answer.isBuiltIn()
                            ? (answer.fallback() == null ? "built-in" : "fallback") : "external")).inc();
                }
            });
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new AiRateLimitedException("Every AI worker is busy");
        }
        return job.id;
    }

    /** Where a person's request is; {@link AiProgress.State#GONE} for an id that is not theirs, or expired. */
    public AiProgress progress(long owner, String id) {
        Job job = id == null ? null : jobs.get(id);
        return job == null || job.owner != owner ? AiProgress.GONE : job.progress();
    }

    /** Stops a person's request; its answer, if one comes, is dropped. */
    public void cancel(long owner, String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job != null && job.owner == owner) {
            job.cancel();
        }
    }

    void forgetOld(@Observes HousekeepingDue due) {
        forgetBefore(clock.instant().minus(KEPT));
    }

    void forgetBefore(Instant cutoff) {
        jobs.values().removeIf(job -> job.started.isBefore(cutoff) && !job.running());
    }

    /** One request and its state; the worker writes, the page reads. */
    private static final class Job {

        final String id;
        final long owner;
        final Instant started;
        volatile Future<?> future;
        volatile AiStep step = AiStep.WAITING;
        volatile AiAnswer answer;
        volatile boolean cancelled;
        volatile boolean failed;

        Job(String id, long owner, Instant started) {
            this.id = id;
            this.owner = owner;
            this.started = started;
        }

        void run(Assistant assistant, AiRequest request) {
            if (cancelled) {
                return;
            }
            try {
                AiAnswer result = assistant.answer(request, next -> step = next);
                if (!cancelled) {
                    answer = result;
                }
            } catch (InterruptedException e) {
                cancelled = true;
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "AI request failed", e);
                failed = true;
            } finally {
                step = AiStep.DONE;
            }
        }

        boolean running() {
            return !cancelled && !failed && answer == null;
        }

        void cancel() {
            cancelled = true;
            Future<?> running = future;
            if (running != null) {
                running.cancel(true);
            }
        }

        AiProgress progress() {
            if (answer != null) {
                return new AiProgress(AiProgress.State.DONE, AiStep.DONE, answer);
            }
            if (failed) {
                return new AiProgress(AiProgress.State.FAILED, AiStep.DONE, null);
            }
            return cancelled ? new AiProgress(AiProgress.State.CANCELLED, AiStep.DONE, null)
                    : new AiProgress(AiProgress.State.RUNNING, step, null);
        }
    }
}
