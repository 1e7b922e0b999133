package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The anonymous pages keep no session, so a flood of visitors costs the server no memory, and their forms are
 * still safe from forged posts: a post without this browser's form token is refused and changes nothing.
 */
@ExtendWith(SharedApp.class)
class StatelessPagesIT {

    private static final String PASSWORD = "copper lantern meadow 5521";
    private static final String EXPIRED = "This form had expired or was not sent from this site, so nothing was"
            + " changed. Check what you typed and send it again.";

    @Test
    void noAnonymousPageStartsASession(RunningApp app) {
        for (String path : List.of("/", "/accounts/login/", "/accounts/login/?next=/dashboard/", "/accounts/signup/",
                "/accounts/password/reset/", "/accounts/password/reset/verify/", "/accounts/password/reset/set/",
                "/dashboard/", "/no-such-page")) {
            HttpResponse<String> response = app.get(path);
            assertTrue(response.statusCode() < 500, path + ": " + response.statusCode());
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("SESSION=")),
                    path + " started a session: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void signupResetAndLoginWorkWithoutASessionUntilTheLogin(RunningApp app) {
        FacesClient client = new FacesClient(app, "198.51.100.61");
        String email = "stateless-" + UUID.randomUUID() + "@example.com";

        Page invalid = client.submit("/accounts/signup/", "signup", signup("Ada", email, "short"), "submit");
        assertAll(() -> assertEquals("/accounts/signup/", invalid.path()),
                () -> assertTrue(invalid.html().contains("value=\"Ada\""), "the first name was not kept"),
                () -> assertFalse(invalid.messages().isEmpty(), "no error next to the password"));

        Page signedUp = client.submit("/accounts/signup/", "signup", signup("Ada", email, PASSWORD), "submit");
        assertAll(() -> assertEquals("/accounts/login/", signedUp.path()),
                () -> assertTrue(signedUp.text().contains("Your account is ready"), signedUp.text()));

        Page reset = client.submit("/accounts/password/reset/", "resetForm", Map.of("email", email), "submit");
        assertEquals("/accounts/password/reset/verify/", reset.path(), "the reset is bound to this browser");
        Page wrong = client.post(reset, "verifyForm", Map.of("code", "000000"), "submit");
        assertEquals("/accounts/password/reset/verify/", wrong.path());
        assertTrue(client.cookie("SESSION").isEmpty(), "an anonymous visitor was given a session");

        Page dashboard = client.submit("/accounts/login/?next=/dashboard/", "loginForm",
                Map.of("login", email, "password", PASSWORD), "submit");
        assertAll(() -> assertEquals("/dashboard/", dashboard.path()),
                () -> assertTrue(client.cookie("SESSION").isPresent(), "logging in started no session"));
    }

    @Test
    void aPostWithoutThisBrowsersTokenIsRefusedAndKeepsWhatWasTyped(RunningApp app) {
        FacesClient visitor = new FacesClient(app, "198.51.100.62");
        FacesClient attacker = new FacesClient(app, "198.51.100.63");
        String email = "forged-" + UUID.randomUUID() + "@example.com";

        Page form = visitor.get("/accounts/signup/");
        Map<String, String> withoutToken = signup("Grace", email, PASSWORD);
        withoutToken.put(FormTokens.FIELD, "");
        Page refused = visitor.post(form, "signup", withoutToken, "submit");
        assertAll(() -> assertEquals(403, refused.status()),
                () -> assertEquals("/accounts/signup/", refused.path()),
                () -> assertTrue(refused.messages().contains(EXPIRED), refused.messages().toString()),
                () -> assertTrue(refused.html().contains("value=\"Grace\""), "the first name was not kept"),
                () -> assertTrue(refused.html().contains("value=\"" + email + "\""), "the email was not kept"));

        Map<String, String> othersToken = signup("Grace", email, PASSWORD);
        othersToken.put(FormTokens.FIELD, attacker.get("/accounts/signup/").hiddenFields("signup")
                .get(FormTokens.FIELD));
        assertEquals(403, visitor.post(form, "signup", othersToken, "submit").status(),
                "a token from another browser was accepted");

        Page login = visitor.submit("/accounts/login/", "loginForm", Map.of("login", email, "password", PASSWORD),
                "submit");
        assertEquals("/accounts/login/", login.path(), "a refused signup created the account");

        Page loginForm = visitor.get("/accounts/login/");
        Map<String, String> forgedLogin = new LinkedHashMap<>(Map.of("login", SharedApp.ADMIN_EMAIL,
                "password", SharedApp.ADMIN_PASSWORD, FormTokens.FIELD, "x".repeat(43)));
        Page forged = visitor.post(loginForm, "loginForm", forgedLogin, "submit");
        assertAll(() -> assertEquals(403, forged.status()),
                () -> assertTrue(visitor.cookie("SESSION").isEmpty(), "a forged login started a session"));

        Page accepted = visitor.post(visitor.get("/accounts/signup/"), "signup", signup("Grace", email, PASSWORD),
                "submit");
        assertEquals("/accounts/login/", accepted.path(), "the same form with its token was refused");
    }

    @Test
    void visitorsShareOneRenderingEachWithTheirOwnToken(RunningApp app) {
        FacesClient first = new FacesClient(app, "198.51.100.64");
        FacesClient second = new FacesClient(app, "198.51.100.65");
        String email = "cached-" + UUID.randomUUID() + "@example.com";
        first.submit("/accounts/signup/", "signup", signup("Alan", email, PASSWORD), "submit");

        Page one = first.get("/accounts/login/");
        Page two = second.get("/accounts/login/");
        String tokenOne = one.hiddenFields("loginForm").get(FormTokens.FIELD);
        String tokenTwo = two.hiddenFields("loginForm").get(FormTokens.FIELD);
        assertAll(() -> assertFalse(tokenOne.equals(tokenTwo), "two browsers were given one token"),
                () -> assertEquals(one.html().replace(tokenOne, "TOKEN"), two.html().replace(tokenTwo, "TOKEN"),
                        "the login page differs between visitors beyond the token"),
                () -> assertEquals(first.cookie(FormTokens.COOKIE).isPresent(), true),
                () -> assertFalse(first.cookie(FormTokens.COOKIE).equals(second.cookie(FormTokens.COOKIE))));

        Page crossed = second.post(two, "loginForm", Map.of("login", email, "password", PASSWORD,
                FormTokens.FIELD, tokenOne), "submit");
        assertEquals(403, crossed.status(), "the first visitor's token worked in the second browser");
        Page dashboard = first.post(one, "loginForm", Map.of("login", email, "password", PASSWORD), "submit");
        assertEquals("/dashboard/", dashboard.path());
        Page signedIn = first.get("/accounts/login/");
        assertTrue(signedIn.html().contains("href=\"/dashboard/\""), "a signed-in visitor got the anonymous page");
    }

    private static Map<String, String> signup(String firstName, String email, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", "Hopper");
        fields.put("email", email);
        fields.put("password", password);
        fields.put("confirmPassword", password);
        return fields;
    }
}
