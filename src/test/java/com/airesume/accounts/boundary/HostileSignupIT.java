package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input in every signup and login field: a form error or the value kept and shown escaped, never a 5xx.
 */
@ExtendWith(SharedApp.class)
class HostileSignupIT {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]*)\"");

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "Robert'); DROP TABLE users;--", "\u202Eevil\u202C",
        "tab\tand\u0000null", "x", "Zoë Łukasiewicz 李小龍"})
    void everyFieldSurvivesHostileText(String hostile, RunningApp app) {
        for (String field : new String[] {"firstName", "lastName", "email", "password", "confirmPassword"}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("firstName", "Ada");
            form.put("lastName", "Lovelace");
            form.put("email", "hostile-" + UUID.randomUUID() + "@example.com");
            form.put("password", "violet tractor umbrella 42");
            form.put("confirmPassword", "violet tractor umbrella 42");
            form.put(field, hostile.equals("x") ? "x".repeat(5000) : hostile);
            HttpResponse<String> response = submit(app, form);
            assertTrue(response.statusCode() < 500, field + ": " + response.statusCode());
            assertFalse(response.body().contains("<script>alert"), field + " was echoed unescaped");
            assertFalse(response.body().contains("\u202E"), field + ": a bidi override was echoed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "admin' OR '1'='1", "\u202Eevil\u202C", "nul\u0000",
        "x"})
    void loginFieldsSurviveHostileText(String hostile, RunningApp app) {
        String value = hostile.equals("x") ? "x".repeat(5000) : hostile;
        for (String field : new String[] {"login", "password"}) {
            HttpResponse<String> page = app.get("/accounts/login/");
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher state = VIEW_STATE.matcher(page.body());
            assertTrue(state.find());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("login", "someone@example.com");
            form.put("password", "violet tractor umbrella 42");
            form.put(field, value);
            form.put("submit", "Log in");
            form.put("jakarta.faces.ViewState", state.group(1));
            form.put("form_token", formToken(page.body()));
            HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.uri("/accounts/login/"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
            assertEquals(200, response.statusCode(), field);
            assertTrue(response.body().contains("don't match an account"), field);
            assertFalse(response.body().contains("<script>alert"), field + " was echoed unescaped");
        }
    }

    private static String formToken(String html) {
        Matcher token = FORM_TOKEN.matcher(html);
        assertTrue(token.find(), "no form token");
        return token.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> submit(RunningApp app, Map<String, String> fields) {
        HttpResponse<String> page = app.get("/accounts/signup/");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signup", "signup");
        form.putAll(fields);
        form.put("submit", "Create account");
        form.put("jakarta.faces.ViewState", state.group(1));
        form.put("form_token", formToken(page.body()));
        String body = encode(form);
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.uri("/accounts/signup/"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(response.statusCode() == 302 ? "/accounts/login/" : null,
                response.headers().firstValue("Location").orElse(null));
        return response;
    }
}
