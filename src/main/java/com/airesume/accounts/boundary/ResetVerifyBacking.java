package com.airesume.accounts.boundary;

import com.airesume.accounts.control.ResetCodes;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.PasswordReset;
import com.airesume.platform.web.ProxyHeaders;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /accounts/password/reset/verify/}: the code from the mail, or a new one. */
@Named
@RequestScoped
public class ResetVerifyBacking {

    @Inject
    PasswordResets resets;

    @Inject
    AuthEvents events;

    private String code;
    private String reset;
    private PendingReset pending;

    /**
     * An administrator's reset link ({@code ?reset=<token>}) makes this browser the reset's, then shows the page
     * without the token in the address. Without a reset in this browser there is nothing to verify: back to step 1.
     */
    public void load() throws IOException {
        if (reset != null) {
            if (resets.exists(reset) && ResetBrowser.adopt(reset)) {
                ResetPages.go("/accounts/password/reset/verify/");
            } else {
                ResetPages.restart("accounts.reset.verify.none");
            }
            return;
        }
        if (pending() == null) {
            ResetPages.restart("accounts.reset.verify.none");
        }
    }

    public void verify() throws IOException {
        Optional<String> digits = ResetCodes.read(code);
        if (digits.isEmpty()) {
            Messages.addError("code", Texts.get("accounts.reset.verify.invalid"));
            return;
        }
        Optional<PasswordResets.Verification> result = ResetBrowser.token()
                .flatMap(token -> resets.verify(token, digits.get()));
        if (result.isEmpty()) {
            ResetPages.restart("accounts.reset.verify.none");
            return;
        }
        var outcome = result.get().outcome();
        if (pending() != null) {
            events.recordByEmail(outcome == PasswordReset.Outcome.VERIFIED ? AuthEvent.Kind.CODE_VERIFIED
                    : AuthEvent.Kind.CODE_FAILED, pending.email(), Faces.getRequest(),
                    outcome == PasswordReset.Outcome.VERIFIED ? null : outcome.name().toLowerCase(Locale.ROOT));
        }
        switch (outcome) {
            case VERIFIED -> ResetPages.go("/accounts/password/reset/set/");
            case WRONG -> Messages.addError("code", Texts.get("accounts.reset.verify.wrong", result.get().triesLeft()));
            case TOO_MANY, DEAD -> Messages.addError("code", Texts.get("accounts.reset.verify.dead"));
            case EXPIRED -> Messages.addError("code", Texts.get("accounts.reset.verify.expired"));
            case USED -> Messages.addError("code", Texts.get("accounts.reset.verify.used"));
        }
    }

    /** "Send a new code": the same request again, under the same limits. */
    public void resend() throws IOException {
        if (pending() == null) {
            ResetPages.restart("accounts.reset.verify.none");
            return;
        }
        resets.request(pending.email(), ProxyHeaders.clientAddress(Faces.getRequest()), ResetBrowser.tokenOrNew());
        events.recordByEmail(AuthEvent.Kind.RESET_REQUESTED, pending.email(), Faces.getRequest(), "new code");
        Messages.addFlashGlobalInfo(Texts.get("accounts.reset.verify.resent"));
        ResetPages.go("/accounts/password/reset/verify/");
    }

    /** The reset in progress, read once per request. */
    public PendingReset pending() {
        if (pending == null) {
            pending = ResetBrowser.token().flatMap(resets::find).orElse(null);
        }
        return pending;
    }

    public String getReset() {
        return reset;
    }

    public void setReset(String reset) {
        this.reset = reset;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
