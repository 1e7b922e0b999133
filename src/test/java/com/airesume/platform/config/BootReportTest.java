package com.airesume.platform.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.platform.web.HostPolicy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BootReportTest {

    private static final String SECRET_KEY = "SECRET-KEY-VALUE-0123456789-0123456789-0123456789-xyz";
    private static final String DB_PASSWORD = "db-pass-Qx7";
    private static final String MAIL_PASSWORD = "mail-pass-Zr2";
    private static final String CLOUD_SECRET = "cloud-secret-Wm4";
    private static final String AI_KEY = "sk-ai-key-Ty9";

    @Test
    void everythingConfiguredIsReportedWithoutOneSecret() {
        Settings settings = Settings.from(Environment.of(Map.of("SECRET_KEY", SECRET_KEY,
                "ALLOWED_HOSTS", "resumes.example.com",
                "DATABASE_URL", "postgres://app:" + DB_PASSWORD + "@db.internal:5432/resumes?sslmode=require",
                "EMAIL_HOST", "smtp.gmail.com", "EMAIL_USE_TLS", "True", "EMAIL_HOST_USER", "me@gmail.com",
                "EMAIL_HOST_PASSWORD", MAIL_PASSWORD, "CLOUDINARY_URL", "cloudinary://1234:" + CLOUD_SECRET + "@acme",
                "AI_API_URL", "https://api.openai.com/v1", "AI_API_KEY", AI_KEY)));
        String report = String.join("\n", BootReport.lines(settings));
        assertAll(
                () -> assertTrue(report.contains("✅ Email configured: Real emails will be sent via SMTP"), report),
                () -> assertTrue(report.contains("✅ Cloudinary configured: Media files will be stored in the cloud"),
                        report),
                () -> assertTrue(report.contains("✅ Database configured: PostgreSQL database 'resumes' on"
                        + " db.internal:5432"), report),
                () -> assertTrue(report.contains("✅ AI configured: api.openai.com"), report),
                () -> assertTrue(report.contains("✅ Production mode"), report));
        for (String secret : new String[] {SECRET_KEY, DB_PASSWORD, MAIL_PASSWORD, CLOUD_SECRET, AI_KEY}) {
            assertFalse(report.contains(secret), "the report shows a secret: " + secret);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DEBUG=True                                                | Serving on http://localhost:8080/",
        "DEBUG=True PORT=18300                                     | Serving on http://localhost:18300/",
        "DEBUG=True ALLOWED_HOSTS=*                                | Serving on http://localhost:8080/",
        "DEBUG=True TRUSTED_PROXY_COUNT=1                          | Serving on http://localhost:8080/",
        "ALLOWED_HOSTS=resumes.example.com,.example.com PORT=10000 | Serving on https://resumes.example.com/ (HTTP on"
                + " port 10000 behind 1 proxy)",
        "ALLOWED_HOSTS=.example.com TRUSTED_PROXY_COUNT=2          | Serving on https://example.com/ (HTTP on port 8080"
                + " behind 2 proxies)",
        "ALLOWED_HOSTS=resumes.example.com TRUSTED_PROXY_COUNT=0   | Serving on http://resumes.example.com:8080/"})
    void theSiteIsAnnouncedAtAnAddressItAnswers(String environment, String line) {
        Map<String, String> env = new HashMap<>(Map.of("SECRET_KEY", SECRET_KEY, "DATABASE_URL",
                "postgres://app:" + DB_PASSWORD + "@db.internal:5432/resumes"));
        for (String assignment : environment.split(" ")) {
            env.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
        }
        Settings settings = Settings.from(Environment.of(env));
        String host = line.replaceFirst("Serving on https?://([^:/]+).*", "$1");
        assertAll(() -> assertEquals(line, BootReport.serving(settings)),
                () -> assertTrue(new HostPolicy(settings.allowedHosts()).allows(host), host + " would get 400"));
    }

    @Test
    void nothingConfiguredIsReportedInTheSeedsWords() {
        String report = String.join("\n", BootReport.lines(Settings.from(Environment.of(Map.of("DEBUG", "True")))));
        assertAll(() -> assertTrue(report.contains("⚠️  Email not configured: Emails will be printed to console")),
                () -> assertTrue(report.contains("⚠️  Cloudinary not configured: Using local media storage")),
                () -> assertTrue(report.contains("⚠️  Database not configured: Using embedded H2 database")),
                () -> assertTrue(report.contains("⚠️  SECRET_KEY not set")),
                () -> assertTrue(report.contains("⚠️  DEBUG is on")));
    }
}
