package com.airesume.admin.boundary;

import com.airesume.accounts.boundary.AccountAdministration;
import com.airesume.accounts.boundary.AccountService;
import com.airesume.accounts.boundary.AuthEvents;
import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.accounts.boundary.LoginThrottles;
import com.airesume.accounts.boundary.PasswordResets;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.User;
import com.airesume.mail.boundary.Outbox;
import com.airesume.mail.entity.OutboxMail;
import com.airesume.media.boundary.MediaStore;
import com.airesume.media.boundary.MediaUnavailableException;
import com.airesume.platform.web.Texts;
import com.airesume.resumes.boundary.Resumes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/user/?id=…}: one account as an operator needs it (status, last login, recent events) and what can
 * be done to it; {@code /admin/user/delete/?id=…} asks for the address before deleting it. Every action is a
 * Faces POST (view state and origin checked like every form), is refused on the administrator's own account where
 * it would lock them out, and is written to the audit log once done.
 */
@Named
@RequestScoped
public class AdminUserBacking {

    static final int RECENT_EVENTS = 10;
    static final int RECENT_MAILS = 5;
    private static final Logger LOG = Logger.getLogger(AdminUserBacking.class.getName());
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    AccountService accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    PasswordResets resets;

    @Inject
    LoginThrottles throttles;

    @Inject
    AuthEvents events;

    @Inject
    Resumes resumes;

    @Inject
    MediaStore media;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser currentUser;

    private String id;
    private User user;
    private String confirmEmail;
    private String blockedUntil;
    private List<AuthEvent> recentEvents;
    private List<OutboxMail> recentMails;

    /** An unknown or malformed id is a 404, like any page that is not there. */
    public void load() throws IOException {
        if (find().isEmpty()) {
            Faces.responseSendError(404, null);
        }
    }

    public void lock() throws IOException {
        act("admin.user.lock.done", "locked", administration::lock, true);
    }

    public void unlock() throws IOException {
        act("admin.user.unlock.done", "unlocked", administration::unlock, false);
    }

    public void endSessions() throws IOException {
        act("admin.user.endSessions.done", "all sessions ended", administration::endSessions, true);
    }

    public void verifyEmail() throws IOException {
        act("admin.user.verifyEmail.done", "email marked verified", administration::verifyEmail, false);
    }

    public void grantAdmin() throws IOException {
        act("admin.user.grantAdmin.done", "ADMIN role granted", userId -> administration.setAdmin(userId, true),
                false);
    }

    public void removeAdmin() throws IOException {
        act("admin.user.removeAdmin.done", "ADMIN role removed", userId -> administration.setAdmin(userId, false),
                true);
    }

    /** A new reset code, mailed with a link that opens the code page in the person's own browser. */
    public void sendResetCode() throws IOException {
        String verifyPage = Faces.getRequestDomainURL() + Faces.getRequestContextPath()
                + "/accounts/password/reset/verify/";
        act("admin.user.resetCode.done", "reset code sent", userId -> resets.issueByAdministrator(userId, verifyPage),
                false);
    }

    /** Deletes the account once the administrator has typed its email address; the photo goes after the commit. */
    public void delete() throws IOException {
        Optional<User> found = find();
        if (found.isEmpty()) {
            gone();
            return;
        }
        User target = found.get();
        if (isSelf()) {
            Messages.addGlobalError(Texts.get("admin.user.self"));
            return;
        }
        if (confirmEmail == null || !User.emailKey(confirmEmail).equals(User.emailKey(target.getEmail()))) {
            Messages.addError("confirmEmail", Texts.get("admin.user.delete.mismatch"));
            return;
        }
        Optional<String> photo;
        try {
            photo = administration.delete(target.getId());
        } catch (IllegalStateException e) {
            gone();
            return;
        }
        audit(null, target.getEmail(), "account deleted");
        photo.ifPresent(this::forgetPhoto);
        Messages.addFlashGlobalInfo(Texts.get("admin.user.delete.done", target.getEmail()));
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/users/");
    }

    /**
     * Runs one action on the account shown, audits it, and shows the page again with what happened.
     *
     * @param refusedOnSelf whether the action would lock the administrator out of the console
     */
    private void act(String doneKey, String detail, LongConsumer action, boolean refusedOnSelf) throws IOException {
        Optional<User> found = find();
        if (found.isEmpty()) {
            gone();
            return;
        }
        User target = found.get();
        if (refusedOnSelf && isSelf()) {
            Messages.addGlobalError(Texts.get("admin.user.self"));
            return;
        }
        try {
            action.accept(target.getId());
        } catch (IllegalStateException e) {
            gone();
            return;
        }
        audit(target.getId(), target.getEmail(), detail);
        Messages.addFlashGlobalInfo(Texts.get(doneKey, target.getEmail()));
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/user/?id=" + target.getId());
    }

    private void audit(Long userId, String email, String detail) {
        events.record(AuthEvent.Kind.ADMIN_ACTION, userId, email, Faces.getRequest(),
                detail + " by " + currentUser.getEmail());
    }

    /** The account was deleted meanwhile (another tab, another administrator). */
    private void gone() throws IOException {
        Messages.addFlashGlobalError(Texts.get("admin.user.gone"));
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/users/");
    }

    /** A photo left in the store is only wasted space, so a failure to delete it is logged, not shown. */
    private void forgetPhoto(String key) {
        try {
            media.delete(key);
        } catch (MediaUnavailableException e) {
            LOG.log(Level.WARNING, "Photo " + key + " of a deleted account not deleted: " + e.getMessage());
        }
    }

    /**
     * The account shown. On a postback the buttons' {@code rendered} conditions ask for it before the view parameter
     * is applied, so the id is read from the request when it has not been set yet.
     */
    public Optional<User> find() {
        if (user == null) {
            String requested = id != null ? id : Faces.getRequestParameter("id");
            user = AdminUsersBacking.parse(requested).flatMap(accounts::findById).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    public User getUser() {
        return find().orElse(null);
    }

    /** Whether the account shown is the administrator's own. */
    public boolean isSelf() {
        return find().map(u -> u.getId() == currentUser.id()).orElse(false);
    }

    public String getEncodedEmail() {
        return AdminUsersBacking.encode(find().map(User::getEmail).orElse(""));
    }

    public String getFullName() {
        return find().map(u -> u.getFirstName() + " " + u.getLastName()).orElse("");
    }

    /** Until when failed logins block the account, formatted; empty when they do not. Read once per request. */
    public String getBlockedUntil() {
        if (blockedUntil == null) {
            blockedUntil = find().flatMap(u -> throttles.blockedUntil(LoginThrottles.accountKey(u.getId())))
                    .map(AT::format).orElse("");
        }
        return blockedUntil;
    }

    public String getLastLogin() {
        return find().flatMap(u -> events.search(AuthEvent.Kind.LOGIN_OK, null, u.getId(), Long.MAX_VALUE, 1)
                .stream().findFirst()).map(e -> AT.format(e.getOccurredAt())).orElse("");
    }

    public long getResumeCount() {
        return find().map(u -> resumes.countOf(u.getId())).orElse(0L);
    }

    /** The account's newest audit events, read once per request (the page asks whether any, then for each). */
    public List<AuthEvent> getRecentEvents() {
        if (recentEvents == null) {
            recentEvents = find().map(u -> events.search(null, null, u.getId(), Long.MAX_VALUE, RECENT_EVENTS))
                    .orElse(List.of());
        }
        return recentEvents;
    }

    /** What became of the newest mails to the account's address (did the code go out?), read once per request. */
    public List<OutboxMail> getRecentMails() {
        if (recentMails == null) {
            recentMails = find().map(u -> outbox.recentTo(u.getEmail(), RECENT_MAILS)).orElse(List.of());
        }
        return recentMails;
    }

    /** When a mail went out, or, while it is owed, when it is tried next. */
    public String mailTime(OutboxMail mail) {
        return AT.format(mail.getSentAt().orElse(mail.getStatus() == OutboxMail.Status.PENDING
                ? mail.getNextAttemptAt() : mail.getCreatedAt()));
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
    }

    public String getLockedSince() {
        return find().flatMap(User::getLockedAt).map(AT::format).orElse("");
    }

    public String getEmailVerifiedOn() {
        return find().flatMap(User::getEmailVerifiedAt).map(AT::format).orElse("");
    }

    /** When the password last changed or every session was last ended, if ever. */
    public String getSessionsEndedAt() {
        return find().flatMap(User::getCredentialsChangedAt).map(AT::format).orElse("");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getConfirmEmail() {
        return confirmEmail;
    }

    public void setConfirmEmail(String confirmEmail) {
        this.confirmEmail = confirmEmail;
    }
}
