package com.airesume.accounts.boundary;

import com.airesume.accounts.control.Emails;
import com.airesume.accounts.control.Names;
import com.airesume.accounts.control.PasswordPolicy;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.User;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /accounts/signup/}: checks the form, creates the account, sends the person to log in. */
@Named
@RequestScoped
public class SignupBacking {

    private static final Logger LOG = Logger.getLogger(SignupBacking.class.getName());
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Inject
    AccountService accounts;

    @Inject
    AuthEvents events;

    @Inject
    EmailVerifications verifications;

    private String firstName;
    private String lastName;
    private String email;
    private String password;
    private String confirmPassword;

    public void signUp() throws IOException {
        boolean valid = check("firstName", Names.isValid(firstName), "accounts.signup.firstName.invalid")
                & check("lastName", Names.isValid(lastName), "accounts.signup.lastName.invalid")
                & check("email", Emails.isValid(email == null ? null : email.strip()), "accounts.signup.email.invalid")
                & checkPassword();
        if (!valid) {
            firstName = Names.printable(firstName);
            lastName = Names.printable(lastName);
            email = Names.printable(email);
            return;
        }
        User user;
        try {
            user = accounts.signUp(new Signup(firstName, lastName, email.strip(), password));
            events.record(AuthEvent.Kind.SIGNUP, user.getId(), user.getEmail(), Faces.getRequest(), null);
        } catch (EmailTakenException e) {
            Messages.addError("email", Texts.get("accounts.signup.email.taken"));
            return;
        }
        boolean codeSent = sendVerificationCode(user);
        Messages.addFlashGlobalInfo(codeSent ? Texts.get("accounts.signup.success.verify", user.getEmail())
                : Texts.get("accounts.signup.success"));
        Faces.redirect("accounts/login/");
    }

    /**
     * Mails the code that confirms the address, when verification is on. The account exists whatever happens
     * here: a failure is logged, and the verify page offers to send a code.
     */
    private boolean sendVerificationCode(User user) {
        try {
            return verifications.send(user.getId()) == EmailVerifications.Sent.SENT;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Verification code for " + user.getEmail() + " not queued; the verify page"
                    + " offers a new one", e);
            return false;
        }
    }

    private boolean checkPassword() {
        if (password == null || password.isEmpty()) {
            return check("password", false, "accounts.signup.password.missing");
        }
        var problem = POLICY.check(password, firstName, lastName, email);
        if (problem.isPresent()) {
            Messages.addError("password", PasswordMessages.of(problem.get()));
            return false;
        }
        return check("confirmPassword", password.equals(confirmPassword), "accounts.signup.confirmPassword.mismatch");
    }

    private static boolean check(String field, boolean ok, String messageKey) {
        if (!ok) {
            Messages.addError(field, Texts.get(messageKey, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        }
        return ok;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
