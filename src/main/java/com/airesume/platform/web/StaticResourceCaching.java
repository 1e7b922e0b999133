package com.airesume.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets browsers and proxies keep the stylesheet, scripts and images for a year without asking again. That is
 * safe because every resource URL the pages write names its version ({@code ?v=}, the build's for the app's
 * own files, the library's for OmniFaces and Faces): a new build changes the URL. A request without a version
 * (an old bookmark, a hand-typed URL) gets a short cache instead.
 */
public class StaticResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "public, max-age=600";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = request.getParameter("v") == null ? UNVERSIONED : VERSIONED;
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // Faces writes its own max-age from com.sun.faces.defaultResourceMaxAge; this policy stands instead.
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? policy : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
