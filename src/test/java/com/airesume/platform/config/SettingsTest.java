package com.airesume.platform.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    private static final String KEY = "k".repeat(Settings.MIN_SECRET_KEY_LENGTH);

    private static Settings settings(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return Settings.from(Environment.of(values));
    }

    private static List<String> problems(String... pairs) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> settings(pairs));
        return e.problems().stream().map(SettingsProblem::variable).toList();
    }

    private static Settings production(String... extra) {
        String[] base = {"SECRET_KEY", KEY, "ALLOWED_HOSTS", "resumes.example.com",
            "DATABASE_URL", "postgresql://u:p@db/resumes"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return settings(all);
    }

    @Test
    void debugWithNothingElseSetRunsOnSafeDefaults() {
        Settings s = settings("DEBUG", "True");
        assertAll(() -> assertTrue(s.debug()),
                () -> assertTrue(s.secretKeyGenerated()),
                () -> assertTrue(s.secretKey().length() >= Settings.MIN_SECRET_KEY_LENGTH),
                () -> assertEquals(List.of("localhost", "127.0.0.1", "[::1]"), s.allowedHosts()),
                () -> assertTrue(s.database().embedded()),
                () -> assertEquals(0, s.trustedProxyCount()),
                () -> assertEquals(8080, s.port()),
                () -> assertFalse(s.mail().smtp()),
                () -> assertTrue(s.cloudinary().isEmpty()),
                () -> assertFalse(s.ai().external()));
    }

    @Test
    void generatedKeysDifferPerRun() {
        assertFalse(settings("DEBUG", "True").secretKey().equals(settings("DEBUG", "True").secretKey()));
    }

    @Test
    void productionWithNothingSetNamesEveryMissingVariableAtOnce() {
        assertEquals(List.of("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"), problems());
        assertEquals(List.of("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"), problems("DEBUG", "False"));
    }

    @Test
    void productionRefusesAWeakKey() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> settings("SECRET_KEY", "k".repeat(49), "ALLOWED_HOSTS", "x.com", "ALLOW_EMBEDDED_DB", "True"));
        assertEquals("SECRET_KEY", e.problems().get(0).variable());
        assertTrue(e.problems().get(0).advice().contains("too short (49 characters)"));
    }

    @Test
    void productionWithEverythingSetStarts() {
        Settings s = production();
        assertAll(() -> assertFalse(s.debug()),
                () -> assertFalse(s.secretKeyGenerated()),
                () -> assertEquals(1, s.trustedProxyCount()),
                () -> assertEquals(DatabaseTarget.Kind.POSTGRESQL, s.database().kind()));
    }

    @Test
    void embeddedDatabaseInProductionOnlyWhenAllowed() {
        assertEquals(List.of("DATABASE_URL"), problems("SECRET_KEY", KEY, "ALLOWED_HOSTS", "x.com"));
        assertTrue(settings("SECRET_KEY", KEY, "ALLOWED_HOSTS", "x.com", "ALLOW_EMBEDDED_DB", "True")
                .database().embedded());
    }

    @Test
    void renderHostnameJoinsTheAllowedHosts() {
        Settings s = production("RENDER_EXTERNAL_HOSTNAME", "Resumes.onrender.com");
        assertEquals(List.of("resumes.example.com", "resumes.onrender.com"), s.allowedHosts());
    }

    @Test
    void trustedOriginsAreNormalizedAndBadOnesNamed() {
        assertEquals(List.of("https://app.example.com", "http://localhost:8080"),
                production("CSRF_TRUSTED_ORIGINS", " https://App.Example.com/ , http://localhost:8080")
                        .csrfTrustedOrigins());
        assertEquals(List.of("CSRF_TRUSTED_ORIGINS"), problems("DEBUG", "True", "CSRF_TRUSTED_ORIGINS", "example.com"));
        assertEquals(List.of("CSRF_TRUSTED_ORIGINS"),
                problems("DEBUG", "True", "CSRF_TRUSTED_ORIGINS", "https://example.com/path"));
    }

    @ParameterizedTest
    @CsvSource({"DEBUG, maybe", "PORT, 0", "PORT, http", "TRUSTED_PROXY_COUNT, -1", "TRUSTED_PROXY_COUNT, many", "EMAIL_TIMEOUT, abc",
        "EMAIL_TIMEOUT, 0", "EMAIL_PORT, 70000", "DATABASE_CONNECT_RETRIES, x", "MAX_REQUEST_BYTES, 12", "LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE, 0",
        "CLOUDINARY_URL, https://cloudinary.com", "AI_API_URL, ftp://models.example.com", "ADMIN_EMAIL, a@b.c",
        "ADMIN_PASSWORD, only-the-password", "DATABASE_URL, mysql://x/y", "EMAIL_HOST_USER, mailer",
        "DEFAULT_FROM_EMAIL, nobody", "EMAIL_VERIFICATION, sometimes"})
    void eachUnusableValueIsNamed(String variable, String value) {
        List<String> named = problems("DEBUG", variable.equals("DEBUG") ? value : "True", variable, value);
        String expected = switch (variable) {
            case "ADMIN_EMAIL" -> "ADMIN_PASSWORD";
            case "ADMIN_PASSWORD" -> "ADMIN_EMAIL";
            case "EMAIL_HOST_USER" -> "EMAIL_HOST_PASSWORD";
            default -> variable;
        };
        if (variable.equals("DEBUG")) {
            assertEquals(expected, named.get(0), "an unreadable DEBUG falls back to production: " + named);
        } else {
            assertEquals(List.of(expected), named);
        }
    }

    @Test
    void tlsAndSslTogetherAreAMistake() {
        assertEquals(List.of("EMAIL_USE_SSL"), problems("DEBUG", "True", "EMAIL_USE_TLS", "True",
                "EMAIL_USE_SSL", "True"));
    }

    @Test
    void mailPortsFollowTheSecurityAndTheTimeoutDefaultsToTenSeconds() {
        assertAll(() -> assertEquals(25, settings("DEBUG", "True").mail().port()),
                () -> assertEquals(587, settings("DEBUG", "True", "EMAIL_USE_TLS", "True").mail().port()),
                () -> assertEquals(465, settings("DEBUG", "True", "EMAIL_USE_SSL", "True").mail().port()),
                () -> assertEquals(2525, settings("DEBUG", "True", "EMAIL_PORT", "2525").mail().port()),
                () -> assertEquals(Duration.ofSeconds(10), settings("DEBUG", "True").mail().timeout()),
                () -> assertEquals(MailSettings.Security.STARTTLS,
                        settings("DEBUG", "True", "EMAIL_USE_TLS", "yes").mail().security()));
    }

    @Test
    void blankValuesCountAsUnset() {
        Settings s = settings("DEBUG", "True", "DATABASE_URL", "   ", "EMAIL_HOST", "");
        assertTrue(s.database().embedded());
        assertFalse(s.mail().smtp());
    }

    @Test
    void externalServicesAreParsed() {
        Settings s = settings("DEBUG", "True", "CLOUDINARY_URL", "cloudinary://123:abc@demo",
                "AI_API_URL", "http://127.0.0.1:11434/v1", "AI_MODEL", "llama3",
                "ADMIN_EMAIL", "admin@example.com", "ADMIN_PASSWORD", "correct horse battery");
        assertAll(() -> assertEquals("demo", s.cloudinary().orElseThrow().cloudName()),
                () -> assertEquals("abc", s.cloudinary().orElseThrow().apiSecret().reveal()),
                () -> assertEquals("127.0.0.1", s.ai().endpoint().orElseThrow().getHost()),
                () -> assertEquals("llama3", s.ai().model()),
                () -> assertEquals("admin@example.com", s.admin().orElseThrow().email()));
    }

    @Test
    void resetLimitsAndMailRetentionHaveDefaultsAndCanBeChanged() {
        Settings defaults = settings("DEBUG", "True");
        Settings changed = settings("DEBUG", "True", "PASSWORD_RESET_CODES_PER_EMAIL", "5",
                "PASSWORD_RESET_REQUESTS_PER_ADDRESS", "50", "EMAIL_RETRY_HOURS", "48",
                "EMAIL_OUTBOX_RETENTION_DAYS", "30");
        assertAll(() -> assertEquals(new PasswordResetLimits(3, 20), defaults.passwordReset()),
                () -> assertEquals(Duration.ofHours(24), defaults.mail().retryFor()),
                () -> assertEquals(Duration.ofDays(7), defaults.mail().retention()),
                () -> assertEquals(new PasswordResetLimits(5, 50), changed.passwordReset()),
                () -> assertEquals(Duration.ofHours(48), changed.mail().retryFor()),
                () -> assertEquals(Duration.ofDays(30), changed.mail().retention()));
    }

    @Test
    void aResetLimitOfZeroOrNotANumberIsReported() {
        assertEquals(List.of("PASSWORD_RESET_CODES_PER_EMAIL", "PASSWORD_RESET_REQUESTS_PER_ADDRESS",
                "EMAIL_RETRY_HOURS"), problems("DEBUG", "True", "PASSWORD_RESET_CODES_PER_EMAIL", "0",
                "PASSWORD_RESET_REQUESTS_PER_ADDRESS", "many", "EMAIL_RETRY_HOURS", "-1"));
    }

    @Test
    void emailVerificationIsOptionalUnlessSetOtherwise() {
        assertAll(() -> assertEquals(EmailVerification.OPTIONAL, settings("DEBUG", "True").emailVerification()),
                () -> assertEquals(EmailVerification.NONE,
                        settings("DEBUG", "True", "EMAIL_VERIFICATION", "none").emailVerification()),
                () -> assertEquals(EmailVerification.MANDATORY,
                        settings("DEBUG", "True", "EMAIL_VERIFICATION", " Mandatory ").emailVerification()),
                () -> assertTrue(String.join("\n", BootReport.lines(settings("DEBUG", "True",
                        "EMAIL_VERIFICATION", "mandatory"))).contains("✅ Email verification mandatory")));
    }
}
