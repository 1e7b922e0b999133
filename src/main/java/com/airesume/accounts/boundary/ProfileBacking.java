package com.airesume.accounts.boundary;

import com.airesume.accounts.control.Emails;
import com.airesume.accounts.control.Names;
import com.airesume.accounts.control.PasswordPolicy;
import com.airesume.accounts.control.Usernames;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.User;
import com.airesume.media.boundary.MediaStore;
import com.airesume.media.boundary.MediaUnavailableException;
import com.airesume.media.control.PhotoUploads;
import com.airesume.media.control.RejectedPhotoException;
import com.airesume.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /accounts/profile/}: names and username; photo (checked and re-encoded by the media feature, then kept in
 * its store; a store that cannot be reached keeps the old photo and says so); email (asks for the password);
 * password (asks for the current one, then ends every other session and remembered login).
 */
@Named
@RequestScoped
public class ProfileBacking {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final Logger LOG = Logger.getLogger(ProfileBacking.class.getName());

    @Inject
    EmailVerifications verifications;

    @Inject
    AccountService accounts;

    @Inject
    AuthEvents events;

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaStore media;

    private long userId;
    private String firstName;
    private String lastName;
    private String username;
    private String email;
    private String emailPassword;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
    private String photo;
    private Part photoFile;

    @PostConstruct
    void load() {
        User user = currentUser.find().orElseThrow(() -> new IllegalStateException("The profile needs a login"));
        userId = user.getId();
        firstName = user.getFirstName();
        lastName = user.getLastName();
        username = user.getUsername();
        email = user.getEmail();
        photo = user.getPhoto();
    }

    public void uploadPhoto() throws IOException {
        if (photoFile == null || photoFile.getSize() == 0) {
            Messages.addError("photoFile", Texts.get("accounts.profile.photo.rejected.EMPTY"));
            return;
        }
        byte[] jpeg;
        try (InputStream in = photoFile.getInputStream()) {
            jpeg = PhotoUploads.normalize(in.readNBytes(PhotoUploads.MAX_BYTES + 1));
        } catch (RejectedPhotoException e) {
            Messages.addError("photoFile", Texts.get("accounts.profile.photo.rejected." + e.reason()));
            return;
        }
        String key;
        try {
            key = media.put(jpeg);
        } catch (MediaUnavailableException e) {
            LOG.log(Level.WARNING, "Photo not stored for user ID " + userId + ": " + e.getMessage());
            Messages.addError("photoFile", Texts.get("accounts.profile.photo.unavailable"));
            return;
        }
        forget(accounts.replacePhoto(userId, key));
        done("accounts.profile.photo.saved");
    }

    public void removePhoto() throws IOException {
        forget(accounts.replacePhoto(userId, null));
        done("accounts.profile.photo.removed");
    }

    /** Deletes a replaced photo from the store; one left behind is only wasted space, so a failure is logged. */
    private void forget(String key) {
        if (key == null) {
            return;
        }
        try {
            media.delete(key);
        } catch (MediaUnavailableException e) {
            LOG.log(Level.WARNING, "Replaced photo " + key + " not deleted: " + e.getMessage());
        }
    }

    public void saveDetails() throws IOException {
        String wanted = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        boolean valid = check("firstName", Names.isValid(firstName), "accounts.signup.firstName.invalid")
                & check("lastName", Names.isValid(lastName), "accounts.signup.lastName.invalid")
                & check("username", Usernames.isValid(wanted), "accounts.profile.username.invalid");
        if (!valid) {
            return;
        }
        try {
            accounts.updateProfile(userId, firstName, lastName, wanted);
        } catch (UsernameTakenException e) {
            Messages.addError("username", Texts.get("accounts.profile.username.taken"));
            return;
        }
        done("accounts.profile.details.saved");
    }

    public void changeEmail() throws IOException {
        String wanted = email == null ? "" : email.strip();
        if (!check("email", Emails.isValid(wanted), "accounts.signup.email.invalid")
                || !check("emailPassword", emailPassword != null && accounts.checkPassword(userId, emailPassword),
                        "accounts.profile.password.wrong")) {
            return;
        }
        try {
            accounts.changeEmail(userId, wanted);
        } catch (EmailTakenException e) {
            Messages.addError("email", Texts.get("accounts.signup.email.taken"));
            return;
        }
        // A new address is unconfirmed; the verify page offers another code if this one cannot be queued.
        boolean codeSent = verifications.send(userId) == EmailVerifications.Sent.SENT;
        done(codeSent ? "accounts.profile.email.saved.verify" : "accounts.profile.email.saved");
    }

    public void changePassword() throws IOException {
        User user = accounts.getById(userId);
        if (!check("currentPassword", currentPassword != null && accounts.checkPassword(userId, currentPassword),
                "accounts.profile.password.wrong")) {
            return;
        }
        var problem = newPassword == null ? java.util.Optional.of(PasswordPolicy.Problem.TOO_SHORT)
                : POLICY.check(newPassword, user.getFirstName(), user.getLastName(), user.getEmail(),
                        user.getUsername());
        if (problem.isPresent()) {
            Messages.addError("newPassword", PasswordMessages.of(problem.get()));
            return;
        }
        if (!check("confirmPassword", newPassword.equals(confirmPassword),
                "accounts.signup.confirmPassword.mismatch")) {
            return;
        }
        var changedAt = accounts.changePassword(userId, newPassword);
        events.record(AuthEvent.Kind.PASSWORD_CHANGED, userId, user.getEmail(), Faces.getRequest(),
                "on the profile page");
        SessionRevocationFilter.restamp(Faces.getRequest(), changedAt.plusMillis(1));
        done("accounts.profile.password.saved");
    }

    private static void done(String messageKey) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(messageKey));
        Faces.redirect("accounts/profile/");
    }

    private static boolean check(String field, boolean ok, String messageKey) {
        if (!ok) {
            Messages.addError(field, Texts.get(messageKey));
        }
        return ok;
    }

    /** The media store's key of the photo, or null; the page's image address carries it, so a new one shows. */
    public String getPhoto() {
        return photo;
    }

    public Part getPhotoFile() {
        return photoFile;
    }

    public void setPhotoFile(Part photoFile) {
        this.photoFile = photoFile;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
