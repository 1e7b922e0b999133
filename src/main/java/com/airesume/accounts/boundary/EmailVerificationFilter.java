package com.airesume.accounts.boundary;

import com.airesume.platform.config.EmailVerification;
import com.airesume.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * With {@code EMAIL_VERIFICATION=mandatory}, the signed-in pages of the app (dashboard, resumes, console) wait until
 * the person has entered the code mailed to their address: they are sent to {@code /accounts/verify-email/}. Their
 * profile (to correct a mistyped address) and logout stay open. The account is the one the request already read.
 */
public class EmailVerificationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/accounts/verify-email/";

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (settings.emailVerification() == EmailVerification.MANDATORY && request.getUserPrincipal() != null
                && currentUser.find().filter(user -> !user.isEmailVerified()).isPresent()) {
            // A Faces Ajax request (an editor's autosave) gets a redirect it can follow, not a 302 it cannot.
            Servlets.facesRedirect(request, response, request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
