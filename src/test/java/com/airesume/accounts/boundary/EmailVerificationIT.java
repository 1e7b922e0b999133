package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.MailRelay;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code EMAIL_VERIFICATION=mandatory} against the app as it runs and a real SMTP server: the code goes out at
 * signup through the outbox, the app waits for it after login (profile and logout stay open), wrong codes count,
 * the right one opens the app and is audited, new codes are limited, and a changed address must be confirmed
 * again.
 */
class EmailVerificationIT {

    private static final String PASSWORD = "juniper atlas mosaic 4410";
    private static final String VERIFY = "/accounts/verify-email/";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private static MailRelay relay;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        relay = MailRelay.start();
        Map<String, String> env = RunningApp.debugEnvironment(SharedApp.dataDir("verify"));
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("EMAIL_VERIFICATION", "mandatory");
        env.put("ADMIN_EMAIL", SharedApp.ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", SharedApp.ADMIN_PASSWORD);
        env.putAll(SharedApp.database("verify"));
        env.putAll(relay.environment());
        app = RunningApp.start("verify", env).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        relay.close();
    }

    @Test
    void theAppWaitsForTheMailedCode() throws Exception {
        FacesClient client = new FacesClient(app, nextAddress());
        String email = uniqueEmail();
        Page signedUp = signUp(client, email);
        assertTrue(signedUp.messages().contains("Your account is ready. We sent a 6-digit code to " + email
                + " to confirm your address; log in and enter it."), signedUp.messages().toString());
        MimeMessage mail = relay.awaitMail(email, 1, Duration.ofSeconds(20));
        String code = MailRelay.code(mail);
        assertAll(() -> assertEquals("Confirm your email address for AI Resume Builder", mail.getSubject()),
                () -> assertTrue(MailRelay.text(mail).contains("expires in 30 minutes")),
                () -> assertTrue(app.output().contains("✅ OTP email sent successfully to " + email)));

        Page login = client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD),
                "submit");
        assertAll(() -> assertEquals(VERIFY, login.path(), "login leads to the code page"),
                () -> assertTrue(login.text().contains("We sent a 6-digit code to " + email)),
                () -> assertEquals(VERIFY, client.get("/resumes/import/").path()),
                () -> assertEquals("/accounts/profile/", client.get("/accounts/profile/").path(),
                        "the profile stays open, to correct the address"));

        String wrongCode = code.equals("000000") ? "111111" : "000000";
        Page wrong = client.submit(VERIFY, "verifyForm", Map.of("code", wrongCode), "submit");
        assertEquals(List.of("That code isn't right. You can try 4 more times."), wrong.messages());
        Page verified = client.submit(VERIFY, "verifyForm", Map.of("code", code.substring(0, 3) + " "
                + code.substring(3)), "submit");
        assertAll(() -> assertEquals("/dashboard/", verified.path()),
                () -> assertTrue(verified.messages().contains("Thank you: " + email + " is confirmed.")),
                () -> assertFalse(verified.text().contains("Please confirm your email address")),
                () -> assertEquals("/dashboard/", client.get(VERIFY).path(), "nothing left to confirm"));

        FacesClient admin = new FacesClient(app, nextAddress());
        admin.submit("/accounts/login/", "loginForm", Map.of("login", SharedApp.ADMIN_EMAIL, "password",
                SharedApp.ADMIN_PASSWORD), "submit");
        assertEquals("/admin/", admin.get("/admin/").path(), "the administrator ensured at boot is verified");
        String log = admin.get("/admin/events/?subject=" + email).text();
        assertAll(() -> assertTrue(log.contains("Email verified"), log),
                () -> assertTrue(log.contains("email verification: wrong"), log));
    }

    @Test
    void newCodesAreLimitedAndOnlyTheNewestWorks() throws Exception {
        FacesClient client = new FacesClient(app, nextAddress());
        String email = uniqueEmail();
        signUp(client, email);
        String first = MailRelay.code(relay.awaitMail(email, 1, Duration.ofSeconds(20)));
        client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD), "submit");
        Page resent = client.submit(VERIFY, "resendForm", Map.of(), "resend");
        assertTrue(resent.messages().contains("We sent a new code to " + email + ". Only the newest code works."));
        String second = MailRelay.code(relay.awaitMail(email, 2, Duration.ofSeconds(20)));
        client.submit(VERIFY, "resendForm", Map.of(), "resend");
        Page refused = client.submit(VERIFY, "resendForm", Map.of(), "resend");
        assertTrue(refused.messages().contains("You have asked for 3 codes in the last 15 minutes. Wait a few"
                + " minutes, check your spam folder, then try again."), refused.messages().toString());
        String third = MailRelay.code(relay.awaitMail(email, 3, Duration.ofSeconds(20)));
        Thread.sleep(1000);
        assertEquals(3, relay.mailsTo(email).size(), "no fourth mail");
        if (!first.equals(third)) {
            Page old = client.submit(VERIFY, "verifyForm", Map.of("code", first), "submit");
            assertEquals(VERIFY, old.path(), "an older code no longer works");
        }
        if (!second.equals(third)) {
            assertEquals(VERIFY, client.submit(VERIFY, "verifyForm", Map.of("code", second), "submit").path());
        }
        assertEquals("/dashboard/", client.submit(VERIFY, "verifyForm", Map.of("code", third), "submit").path());
    }

    @Test
    void aChangedAddressIsConfirmedAgain() throws Exception {
        FacesClient client = new FacesClient(app, nextAddress());
        String email = uniqueEmail();
        signUp(client, email);
        String code = MailRelay.code(relay.awaitMail(email, 1, Duration.ofSeconds(20)));
        client.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD), "submit");
        assertEquals("/dashboard/", client.submit(VERIFY, "verifyForm", Map.of("code", code), "submit").path());

        String changed = uniqueEmail();
        Page profile = client.submit("/accounts/profile/", "emailForm", Map.of("email", changed, "emailPassword",
                PASSWORD), "saveEmail");
        assertTrue(profile.messages().stream().anyMatch(m -> m.contains("We sent a 6-digit code to it")),
                profile.messages().toString());
        assertEquals(VERIFY, client.get("/dashboard/").path(), "the new address waits for its code");
        String newCode = MailRelay.code(relay.awaitMail(changed, 1, Duration.ofSeconds(20)));
        assertEquals("/dashboard/", client.submit(VERIFY, "verifyForm", Map.of("code", newCode), "submit").path());
    }

    private static Page signUp(FacesClient client, String email) {
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Mae", "lastName",
                "Jemison", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        return signedUp;
    }

    private static String uniqueEmail() {
        return "mae-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String nextAddress() {
        return "203.0.113." + ADDRESSES.getAndIncrement();
    }
}
