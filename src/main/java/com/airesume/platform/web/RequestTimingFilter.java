package com.airesume.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Times every request, refusals and errors included, into the {@code http_requests} timer at {@code /metrics}
 * (count, rate and latency quantiles). The first filter, so it measures what a client waits for.
 */
public class RequestTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Timer.Context timing = metrics.timer("http_requests").time();
        try {
            chain.doFilter(request, response);
        } finally {
            timing.stop();
        }
    }
}
