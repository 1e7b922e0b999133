package com.airesume.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.airesume.platform.config.Environment;
import com.airesume.platform.config.Settings;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Jakarta Mail session the relay settings make: timeouts always, TLS as asked, AUTH only with a user. */
class MailSenderPropertiesTest {

    private static Properties properties(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("DEBUG", "True", "EMAIL_HOST", "smtp.example.com"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return MailSender.properties(Settings.from(Environment.of(env)).mail());
    }

    @Test
    void everyTimeoutIsSetEvenWhenNothingIsConfigured() {
        Properties plain = properties();
        assertAll(() -> assertEquals("10000", plain.getProperty("mail.smtp.connectiontimeout")),
                () -> assertEquals("10000", plain.getProperty("mail.smtp.timeout")),
                () -> assertEquals("10000", plain.getProperty("mail.smtp.writetimeout")),
                () -> assertEquals("25", plain.getProperty("mail.smtp.port")),
                () -> assertEquals("false", plain.getProperty("mail.smtp.auth")),
                () -> assertEquals("3000", properties("EMAIL_TIMEOUT", "3").getProperty("mail.smtp.timeout")));
    }

    @Test
    void startTlsIsRequiredNotMerelyTried() {
        Properties tls = properties("EMAIL_USE_TLS", "True");
        assertAll(() -> assertEquals("true", tls.getProperty("mail.smtp.starttls.enable")),
                () -> assertEquals("true", tls.getProperty("mail.smtp.starttls.required")),
                () -> assertEquals("587", tls.getProperty("mail.smtp.port")),
                () -> assertNull(tls.getProperty("mail.smtp.ssl.enable")));
    }

    @Test
    void sslUsesImplicitTlsOnPort465() {
        Properties ssl = properties("EMAIL_USE_SSL", "True");
        assertAll(() -> assertEquals("true", ssl.getProperty("mail.smtp.ssl.enable")),
                () -> assertEquals("465", ssl.getProperty("mail.smtp.port")),
                () -> assertEquals("true", ssl.getProperty("mail.smtp.ssl.checkserveridentity")));
    }

    @Test
    void authOnlyWithAUserAndThePasswordIsNeverAProperty() {
        Properties auth = properties("EMAIL_HOST_USER", "mailer", "EMAIL_HOST_PASSWORD", "app-password-123");
        assertAll(() -> assertEquals("true", auth.getProperty("mail.smtp.auth")),
                () -> assertFalse(auth.toString().contains("app-password-123")));
    }
}
