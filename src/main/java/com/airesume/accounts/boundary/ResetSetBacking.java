package com.airesume.accounts.boundary;

import com.airesume.accounts.control.PasswordPolicy;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /accounts/password/reset/set/}: the new password, under the signup policy. Success leads to the login
 * page, not into the account: the person proves the new password once.
 */
@Named
@RequestScoped
public class ResetSetBacking {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Inject
    PasswordResets resets;

    @Inject
    AuthEvents events;

    private String newPassword;
    private String confirmPassword;

    /** Only a verified reset in this browser may set a password. */
    public void load() throws IOException {
        if (verified().isEmpty()) {
            ResetPages.restart("accounts.reset.set.expired");
        }
    }

    public void save() throws IOException {
        Optional<PendingReset> reset = verified();
        if (reset.isEmpty()) {
            ResetPages.restart("accounts.reset.set.expired");
            return;
        }
        if (newPassword == null || newPassword.isEmpty()) {
            Messages.addError("newPassword", Texts.get("accounts.signup.password.missing", PasswordPolicy.MIN_LENGTH));
            return;
        }
        var problem = POLICY.check(newPassword, reset.get().firstName(), reset.get().lastName(), reset.get().email());
        if (problem.isPresent()) {
            Messages.addError("newPassword", PasswordMessages.of(problem.get()));
            return;
        }
        if (!newPassword.equals(confirmPassword)) {
            Messages.addError("confirmPassword", Texts.get("accounts.signup.confirmPassword.mismatch"));
            return;
        }
        if (!resets.setPassword(ResetBrowser.token().orElseThrow(), newPassword)) {
            ResetPages.restart("accounts.reset.set.expired");
            return;
        }
        ResetBrowser.forget();
        events.recordByEmail(AuthEvent.Kind.PASSWORD_CHANGED, reset.get().email(), Faces.getRequest(),
                "by reset code");
        Messages.addFlashGlobalInfo(Texts.get("accounts.reset.set.success"));
        ResetPages.go("/accounts/login/");
    }

    private Optional<PendingReset> verified() {
        return ResetBrowser.token().flatMap(resets::find).filter(PendingReset::verified);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
