package com.airesume.accounts.boundary;

import com.airesume.accounts.control.ResetCodes;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.EmailVerificationCode;
import com.airesume.platform.config.Settings;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /accounts/verify-email/}: the code mailed to confirm the signed-in person's address, or a new one; and the
 * dashboard's reminder while the address is unconfirmed.
 */
@Named
@RequestScoped
public class EmailVerifyBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    EmailVerifications verifications;

    @Inject
    AuthEvents events;

    @Inject
    Settings settings;

    private String code;

    /** With nothing to confirm (already done, or verification off) the page has no use: on to the dashboard. */
    public void load() throws IOException {
        if (!isNeeded()) {
            goToDashboard();
        }
    }

    public void verify() throws IOException {
        Optional<String> digits = ResetCodes.read(code);
        if (digits.isEmpty()) {
            Messages.addError("code", Texts.get("accounts.verifyEmail.invalid"));
            return;
        }
        Optional<EmailVerifications.Verification> result = verifications.verify(currentUser.id(), digits.get());
        if (result.isEmpty()) {
            Messages.addError("code", Texts.get("accounts.verifyEmail.none"));
            return;
        }
        EmailVerificationCode.Outcome outcome = result.get().outcome();
        if (outcome == EmailVerificationCode.Outcome.VERIFIED) {
            events.record(AuthEvent.Kind.EMAIL_VERIFIED, currentUser.id(), currentUser.getEmail(), Faces.getRequest(),
                    null);
            Messages.addFlashGlobalInfo(Texts.get("accounts.verifyEmail.done", currentUser.getEmail()));
            goToDashboard();
            return;
        }
        events.record(AuthEvent.Kind.CODE_FAILED, currentUser.id(), currentUser.getEmail(), Faces.getRequest(),
                "email verification: " + outcome.name().toLowerCase(Locale.ROOT));
        switch (outcome) {
            case WRONG -> Messages.addError("code", Texts.get("accounts.verifyEmail.wrong", result.get().triesLeft()));
            case DEAD -> Messages.addError("code", Texts.get("accounts.verifyEmail.dead"));
            default -> Messages.addError("code", Texts.get("accounts.verifyEmail.expired"));
        }
    }

    /** "Send a new code", under the per-account limit. */
    public void resend() throws IOException {
        switch (verifications.send(currentUser.id())) {
            case SENT -> {
                Messages.addFlashGlobalInfo(Texts.get("accounts.verifyEmail.sent", currentUser.getEmail()));
                Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/accounts/verify-email/");
            }
            case TOO_MANY -> Messages.addGlobalError(Texts.get("accounts.verifyEmail.tooMany"));
            default -> goToDashboard();
        }
    }

    /** Whether the signed-in person still has an address to confirm (and verification is on). */
    public boolean isNeeded() {
        return settings.emailVerification().sendsCodes()
                && currentUser.find().map(user -> !user.isEmailVerified()).orElse(false);
    }

    /** Whether a code that can still be tried is on its way to the current address. */
    public boolean isCodePending() {
        return verifications.pendingFor(currentUser.id()).isPresent();
    }

    private static void goToDashboard() throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/dashboard/");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
