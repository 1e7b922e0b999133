package com.airesume.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Lets a bounded number of requests work at once, so that a flood waits in line instead of growing memory,
 * and answers a fast 503 with {@code Retry-After} to a request that waited too long for its turn.
 *
 * <p>The HTTP worker pool is small and fixed (pre-boot commands: {@code 16 × cores} threads); of those,
 * {@link #PERMITS} may be inside the application at a time and the others wait here, at most
 * {@link #WAIT_SECONDS}. Waiting costs a parked thread, nothing more. Connections beyond the pool wait in
 * Grizzly's queue and meet the same line when a worker takes them, and since nobody waits here longer than
 * the limit, that queue keeps moving. Static resources skip the line: they are cheap and the 503 page needs
 * its stylesheet. Each turned-away request counts in {@code requests_shed_total}.
 */
public class RequestAdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int PERMITS = 8 * Math.max(1, Runtime.getRuntime().availableProcessors());
    static final long WAIT_SECONDS = 5;
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(RequestAdmissionFilter.class.getName());

    private final transient Semaphore permits;
    private final long waitMillis;

    @Inject
    MetricRegistry metrics;

    public RequestAdmissionFilter() {
        this(PERMITS, TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }

    RequestAdmissionFilter(int permits, long waitMillis) {
        this.permits = new Semaphore(permits);
        this.waitMillis = waitMillis;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            metrics.counter("requests_shed_total").inc();
            LOG.fine(() -> "Busy: turned away " + request.getMethod() + " " + request.getRequestURI());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            request.setAttribute(ErrorPageBacking.BUSY, Boolean.TRUE);
            RequestGuardFilter.refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** The stylesheet, scripts and images, the same for everyone (Faces resources or the webapp's resources/). */
    public static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
