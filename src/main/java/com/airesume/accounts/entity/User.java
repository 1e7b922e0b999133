package com.airesume.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person with an account. Email and username are unique ignoring case: the entity keeps their lower-cased
 * keys in step, and the schema's unique constraints (and checks that the keys are lower case) enforce it
 * under concurrency.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.FIND_BY_EMAIL_KEY, query = "SELECT u FROM User u WHERE u.emailKey = :key")
@NamedQuery(name = User.FIND_BY_USERNAME_KEY, query = "SELECT u FROM User u WHERE u.usernameKey = :key")
@NamedQuery(name = User.FIND_USERNAME_KEYS_LIKE,
        query = "SELECT u.usernameKey FROM User u WHERE u.usernameKey LIKE :prefix")
public class User {

    public static final String FIND_BY_EMAIL_KEY = "User.findByEmailKey";
    public static final String FIND_BY_USERNAME_KEY = "User.findByUsernameKey";
    public static final String FIND_USERNAME_KEYS_LIKE = "User.findUsernameKeysLike";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 150;
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 30;
    public static final int PASSWORD_HASH_MAX = 512;
    public static final int PHOTO_KEY_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "email_key", nullable = false, length = EMAIL_MAX)
    private String emailKey;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "username_key", nullable = false, length = USERNAME_MAX)
    private String usernameKey;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @Column(nullable = false)
    private boolean admin;

    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Column(length = PHOTO_KEY_MAX)
    private String photo;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String email, String username, String firstName, String lastName, String passwordHash) {
        changeEmail(email);
        changeUsername(username);
        rename(firstName, lastName);
        changePasswordHash(passwordHash);
    }

    /** The key that makes an email unique: trimmed and lower-cased. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String usernameKey(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public void changeEmail(String newEmail) {
        String trimmed = Objects.requireNonNull(newEmail, "email").strip();
        requireLength("email", trimmed, 3, EMAIL_MAX);
        if (!emailKey(trimmed).equals(emailKey)) {
            emailVerifiedAt = null;
        }
        this.email = trimmed;
        this.emailKey = emailKey(trimmed);
    }

    public void changeUsername(String newUsername) {
        String trimmed = Objects.requireNonNull(newUsername, "username").strip();
        requireLength("username", trimmed, USERNAME_MIN, USERNAME_MAX);
        this.username = trimmed;
        this.usernameKey = usernameKey(trimmed);
    }

    public void rename(String newFirstName, String newLastName) {
        String first = Objects.requireNonNull(newFirstName, "firstName").strip();
        String last = Objects.requireNonNull(newLastName, "lastName").strip();
        requireLength("first name", first, 1, NAME_MAX);
        requireLength("last name", last, 1, NAME_MAX);
        this.firstName = first;
        this.lastName = last;
    }

    public void changePasswordHash(String newPasswordHash) {
        requireLength("password hash", Objects.requireNonNull(newPasswordHash, "passwordHash"), 1,
                PASSWORD_HASH_MAX);
        this.passwordHash = newPasswordHash;
    }

    /** A new password: every session that began before {@code now} ends. */
    public void changePassword(String newPasswordHash, Instant now) {
        changePasswordHash(newPasswordHash);
        this.credentialsChangedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether a session that began at {@code sessionStart} predates the last password change. */
    public boolean outlives(Instant sessionStart) {
        return credentialsChangedAt != null && sessionStart.isBefore(credentialsChangedAt);
    }

    /**
     * @param key the media store's key of the new photo, or null for none
     * @return the key of the photo it replaces, or null
     */
    public String replacePhoto(String key) {
        if (key != null) {
            requireLength("A photo key", key, 1, PHOTO_KEY_MAX);
        }
        String previous = photo;
        photo = key;
        return previous;
    }

    public void grantAdmin(boolean granted) {
        this.admin = granted;
    }

    /** An administrator's lock: no login until unlocked, and every session ends on its next request. */
    public void lock(Instant now) {
        lockedAt = Objects.requireNonNull(now, "now");
        endSessions(now);
    }

    public void unlock() {
        lockedAt = null;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public Optional<Instant> getLockedAt() {
        return Optional.ofNullable(lockedAt);
    }

    /** Every session that began before {@code now} ends on its next request; the password stays. */
    public void endSessions(Instant now) {
        credentialsChangedAt = Objects.requireNonNull(now, "now");
    }

    /** The address has been shown to reach the person (a code or link from it came back, or an administrator said so). */
    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = Objects.requireNonNull(now, "now");
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Optional<Instant> getEmailVerifiedAt() {
        return Optional.ofNullable(emailVerifiedAt);
    }

    /** When the password last changed or sessions were last ended, if ever. */
    public Optional<Instant> getCredentialsChangedAt() {
        return Optional.ofNullable(credentialsChangedAt);
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }

    private static void requireLength(String what, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + " characters");
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    /** The media store's key of the profile photo, or null. */
    public String getPhoto() {
        return photo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
