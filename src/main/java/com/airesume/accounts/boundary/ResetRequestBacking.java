package com.airesume.accounts.boundary;

import com.airesume.accounts.control.Emails;
import com.airesume.accounts.control.Names;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /accounts/password/reset/}: takes an address and moves on to the code, the same way whether or not the
 * address has an account. Control characters are refused, not trimmed: what reaches the service is one address.
 */
@Named
@RequestScoped
public class ResetRequestBacking {

    @Inject
    PasswordResets resets;

    @Inject
    AuthEvents events;

    private String email;

    public void send() throws IOException {
        String typed = email == null ? "" : email;
        if (typed.chars().anyMatch(Character::isISOControl) || !Emails.isValid(typed.strip())) {
            Messages.addError("email", Texts.get("accounts.reset.email.invalid"));
            email = Names.printable(typed);
            return;
        }
        resets.request(typed.strip(), Faces.getRequest().getRemoteAddr(), ResetBrowser.tokenOrNew());
        events.recordByEmail(AuthEvent.Kind.RESET_REQUESTED, typed.strip(), Faces.getRequest(), null);
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/accounts/password/reset/verify/");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
