package com.airesume.admin.boundary;

import com.airesume.accounts.boundary.AccountIdentityStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /admin/*} for administrators only. The security constraint sends a visitor who is not signed in to the
 * login page; a signed-in person without the ADMIN role gets 404, so the console's existence is not advertised.
 */
public class AdminAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(AccountIdentityStore.ADMIN)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
