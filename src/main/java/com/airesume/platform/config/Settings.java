package com.airesume.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the application reads from its environment, parsed and validated once at boot.
 *
 * <p>{@link #from(Environment)} collects every problem before it fails, so an operator fixes a broken
 * deployment in one round, and it applies the production rules of DESIGN.md: with {@code DEBUG} off a
 * missing or weak {@code SECRET_KEY}, a missing {@code ALLOWED_HOSTS} or a missing {@code DATABASE_URL}
 * (unless {@code ALLOW_EMBEDDED_DB=True}) refuses to start. In DEBUG each gets a safe default instead,
 * which the boot report flags. No other class reads the environment.
 *
 * @param debug development mode
 * @param port the HTTP port this process listens on
 * @param secretKey the server secret (HMAC of codes and tokens)
 * @param secretKeyGenerated whether {@code secretKey} was made up for this run (DEBUG only)
 * @param allowedHosts host names served, lower case; {@code .example.com} also matches subdomains
 * @param csrfTrustedOrigins origins accepted on a cross-origin POST besides the allowed hosts
 * @param trustedProxyCount how many reverse proxies stand in front and may set {@code X-Forwarded-*}
 * @param dataDir where the embedded database and local media live
 * @param database where the data lives
 * @param databaseConnectRetries how often boot retries an unreachable database before giving up
 * @param maxRequestBytes the largest request body accepted
 * @param loginAttemptsPerAddressPerMinute login attempts one client address may make per minute
 * @param passwordReset how often a password reset may be asked for
 * @param mail the SMTP relay
 * @param cloudinary the media store, empty for local storage
 * @param ai the AI engine
 * @param admin the administrator ensured at boot, if configured
 * @param auditRetention how long the audit log keeps an event
 * @param emailVerification whether people confirm their address with a mailed code, and whether they must
 */
public record Settings(boolean debug, int port, Secret secretKey, boolean secretKeyGenerated,
        List<String> allowedHosts, List<String> csrfTrustedOrigins, int trustedProxyCount, Path dataDir,
        DatabaseTarget database, int databaseConnectRetries, long maxRequestBytes, int loginAttemptsPerAddressPerMinute,
        PasswordResetLimits passwordReset, MailSettings mail,
        Optional<CloudinaryUrl> cloudinary,
        AiSettings ai, Optional<AdminAccount> admin, Duration auditRetention, EmailVerification emailVerification) {

    /** OWASP's floor for an HMAC key written by a person: long enough to carry 256 bits in any alphabet. */
    public static final int MIN_SECRET_KEY_LENGTH = 50;
    static final int DEFAULT_PORT = 8080;
    static final List<String> DEBUG_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;
    static final String DEFAULT_AI_MODEL = "gpt-4o-mini";
    static final String DEFAULT_FROM = "AI Resume Builder <no-reply@localhost>";

    public Settings {
        Objects.requireNonNull(secretKey, "secretKey");
        allowedHosts = List.copyOf(allowedHosts);
        csrfTrustedOrigins = List.copyOf(csrfTrustedOrigins);
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(passwordReset, "passwordReset");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(cloudinary, "cloudinary");
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(auditRetention, "auditRetention");
        Objects.requireNonNull(emailVerification, "emailVerification");
    }

    /**
     * @throws InvalidSettingsException listing every variable that cannot be used
     */
    public static Settings from(Environment env) {
        return new Reader(env).read();
    }

    /** Reads one variable at a time, noting problems instead of throwing at the first. */
    private static final class Reader {

        private final Environment env;
        private final List<SettingsProblem> problems = new ArrayList<>();

        Reader(Environment env) {
            this.env = Objects.requireNonNull(env, "env");
        }

        Settings read() {
            boolean debug = flag("DEBUG", false);
            int port = integer("PORT", DEFAULT_PORT, 1, 65535);

            Optional<String> key = env.get("SECRET_KEY");
            boolean generated = key.isEmpty() && debug;
            if (key.isEmpty() && !debug) {
                problem("SECRET_KEY", "is not set; set it to a random string of at least " + MIN_SECRET_KEY_LENGTH
                        + " characters (for example the output of: openssl rand -base64 48)");
            } else if (key.isPresent() && key.get().length() < MIN_SECRET_KEY_LENGTH && !debug) {
                problem("SECRET_KEY", "is too short (" + key.get().length() + " characters); set it to a random"
                        + " string of at least " + MIN_SECRET_KEY_LENGTH + " characters (openssl rand -base64 48)");
            }
            Secret secretKey = Secret.of(key.orElseGet(Reader::generateKey));

            List<String> hosts = hosts(debug);
            List<String> origins = list("CSRF_TRUSTED_ORIGINS").stream().map(this::origin)
                    .flatMap(Optional::stream).toList();
            int proxies = integer("TRUSTED_PROXY_COUNT", debug ? 0 : 1, 0, 10);

            Path dataDir = path("DATA_DIR", "data");
            DatabaseTarget database = database(debug, dataDir);
            int retries = integer("DATABASE_CONNECT_RETRIES", 5, 0, 100);
            long maxRequestBytes = integer("MAX_REQUEST_BYTES", (int) DEFAULT_MAX_REQUEST_BYTES, 1024,
                    Integer.MAX_VALUE);
            int loginAttempts = integer("LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE", 30, 1, 1_000_000);
            PasswordResetLimits passwordReset = new PasswordResetLimits(
                    integer("PASSWORD_RESET_CODES_PER_EMAIL", 3, 1, 1_000_000),
                    integer("PASSWORD_RESET_REQUESTS_PER_ADDRESS", 20, 1, 1_000_000));

            MailSettings mail = mail();
            Optional<CloudinaryUrl> cloudinary = parsed("CLOUDINARY_URL", CloudinaryUrl::parse);
            AiSettings ai = new AiSettings(parsed("AI_API_URL", Reader::httpUri), env.get("AI_API_KEY").map(Secret::of),
                    env.get("AI_MODEL").orElse(DEFAULT_AI_MODEL));
            Optional<AdminAccount> admin = admin();
            Duration auditRetention = Duration.ofDays(integer("AUDIT_RETENTION_DAYS", 90, 1, 3650));
            EmailVerification emailVerification = emailVerification();

            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(problems);
            }
            return new Settings(debug, port, secretKey, generated, hosts, origins, proxies, dataDir, database, retries,
                    maxRequestBytes, loginAttempts, passwordReset, mail, cloudinary, ai, admin, auditRetention,
                    emailVerification);
        }

        private EmailVerification emailVerification() {
            Optional<String> value = env.get("EMAIL_VERIFICATION");
            Optional<EmailVerification> parsed = value.map(EmailVerification::parse)
                    .orElse(Optional.of(EmailVerification.OPTIONAL));
            if (parsed.isEmpty()) {
                problem("EMAIL_VERIFICATION", "is \"" + value.orElseThrow() + "\"; set it to none, optional or"
                        + " mandatory");
            }
            return parsed.orElse(EmailVerification.OPTIONAL);
        }

        private List<String> hosts(boolean debug) {
            Optional<String> configured = env.get("ALLOWED_HOSTS");
            if (configured.isEmpty() && !debug) {
                problem("ALLOWED_HOSTS", "is not set; set it to the comma-separated host names this site answers"
                        + " to, for example resumes.example.com");
            }
            Set<String> hosts = new LinkedHashSet<>(configured.isPresent() ? list("ALLOWED_HOSTS") : DEBUG_HOSTS);
            env.get("RENDER_EXTERNAL_HOSTNAME").ifPresent(hosts::add);
            return hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        }

        private DatabaseTarget database(boolean debug, Path dataDir) {
            Optional<String> url = env.get(DatabaseUrl.VARIABLE);
            if (url.isEmpty() && !debug && !flag("ALLOW_EMBEDDED_DB", false)) {
                problem(DatabaseUrl.VARIABLE, "is not set; set it to your PostgreSQL URL"
                        + " (postgresql://user:password@host:5432/dbname), or set ALLOW_EMBEDDED_DB=True to keep"
                        + " the data in an embedded database under DATA_DIR");
            }
            try {
                return DatabaseUrl.parse(url, dataDir);
            } catch (IllegalArgumentException e) {
                problem(DatabaseUrl.VARIABLE, e.getMessage());
                return DatabaseUrl.embedded(dataDir);
            }
        }

        private MailSettings mail() {
            boolean tls = flag("EMAIL_USE_TLS", false);
            boolean ssl = flag("EMAIL_USE_SSL", false);
            if (tls && ssl) {
                problem("EMAIL_USE_SSL", "and EMAIL_USE_TLS are both True; set only one (SSL for port 465,"
                        + " TLS for port 587)");
            }
            MailSettings.Security security = ssl ? MailSettings.Security.SSL
                    : tls ? MailSettings.Security.STARTTLS : MailSettings.Security.NONE;
            int defaultPort = ssl ? 465 : tls ? 587 : 25;
            Optional<String> user = env.get("EMAIL_HOST_USER");
            Optional<Secret> password = env.get("EMAIL_HOST_PASSWORD").map(Secret::of);
            if (user.isPresent() && password.isEmpty()) {
                problem("EMAIL_HOST_PASSWORD", "is not set but EMAIL_HOST_USER is; set the relay's password"
                        + " (for Gmail, an App Password)");
            }
            String from = env.get("DEFAULT_FROM_EMAIL").orElse(DEFAULT_FROM);
            if (!from.contains("@") || from.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                problem("DEFAULT_FROM_EMAIL", "is not an email address; set it like"
                        + " AI Resume Builder <no-reply@example.com>");
            }
            int timeout = integer("EMAIL_TIMEOUT", 10, 1, 300);
            int retryHours = integer("EMAIL_RETRY_HOURS", 24, 1, 24 * 30);
            int retentionDays = integer("EMAIL_OUTBOX_RETENTION_DAYS", 7, 1, 3650);
            return new MailSettings(env.get("EMAIL_HOST"), integer("EMAIL_PORT", defaultPort, 1, 65535), security,
                    user, password, from, Duration.ofSeconds(timeout), Duration.ofHours(retryHours),
                    Duration.ofDays(retentionDays));
        }

        private Optional<AdminAccount> admin() {
            Optional<String> email = env.get("ADMIN_EMAIL");
            Optional<String> password = env.get("ADMIN_PASSWORD");
            if (email.isPresent() != password.isPresent()) {
                problem(email.isPresent() ? "ADMIN_PASSWORD" : "ADMIN_EMAIL",
                        "is not set; set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither");
                return Optional.empty();
            }
            if (email.isPresent() && !email.get().contains("@")) {
                problem("ADMIN_EMAIL", "is not an email address");
                return Optional.empty();
            }
            return email.map(e -> new AdminAccount(e, Secret.of(password.orElseThrow())));
        }

        private Optional<String> origin(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
                if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && bare
                        && uri.getRawQuery() == null) {
                    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
                    return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
                }
            } catch (URISyntaxException e) {
                // reported below like any other malformed entry
            }
            problem("CSRF_TRUSTED_ORIGINS", "has '" + value + "', which is not an origin; write entries like"
                    + " https://resumes.example.com");
            return Optional.empty();
        }

        private boolean flag(String name, boolean fallback) {
            Optional<String> value = env.get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            switch (value.get().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on":
                    return true;
                case "false", "0", "no", "off":
                    return false;
                default:
                    problem(name, "is '" + value.get() + "'; set it to True or False");
                    return fallback;
            }
        }

        private int integer(String name, int fallback, int min, int max) {
            Optional<String> value = env.get(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value.get());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(name, "is '" + value.get() + "'; set it to a whole number from " + min + " to " + max);
            return fallback;
        }

        private Path path(String name, String fallback) {
            String value = env.get(name).orElse(fallback);
            try {
                return Path.of(value).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                problem(name, "is not a usable directory path: " + e.getReason());
                return Path.of(fallback).toAbsolutePath();
            }
        }

        private List<String> list(String name) {
            return env.get(name).stream().flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private <T> Optional<T> parsed(String name, Function<String, T> parser) {
            Optional<String> value = env.get(name);
            try {
                return value.map(parser);
            } catch (IllegalArgumentException e) {
                problem(name, e.getMessage());
                return Optional.empty();
            }
        }

        private void problem(String variable, String advice) {
            problems.add(new SettingsProblem(variable, advice));
        }

        private static URI httpUri(String value) {
            try {
                URI uri = new URI(value);
                if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                        || "https".equalsIgnoreCase(uri.getScheme()))) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // fall through to the advice
            }
            throw new IllegalArgumentException("is not an http(s) URL; set it like https://api.openai.com/v1");
        }

        private static String generateKey() {
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
