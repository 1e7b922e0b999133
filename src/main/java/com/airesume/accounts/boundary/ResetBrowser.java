package com.airesume.accounts.boundary;

import com.airesume.accounts.control.TokenDigests;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import java.util.regex.Pattern;
import org.omnifaces.util.Faces;

/**
 * The cookie that binds a password reset to the browser that asked for it: a random token, HttpOnly, sent only
 * to the reset pages, Secure over HTTPS, SameSite=Lax (added for every cookie by the security headers filter).
 * The database keeps only its HMAC.
 */
final class ResetBrowser {

    static final String COOKIE = "PASSWORD_RESET";
    private static final int MAX_AGE_SECONDS = 30 * 60;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private ResetBrowser() {
    }

    /** This browser's token, if it has a well-formed one. */
    static Optional<String> token() {
        return Optional.ofNullable(Faces.getRequestCookie(COOKIE)).filter(t -> TOKEN.matcher(t).matches());
    }

    /** This browser's token, given a new one if it has none. */
    static String tokenOrNew() {
        return token().orElseGet(() -> {
            String token = TokenDigests.newToken();
            set(token, MAX_AGE_SECONDS);
            return token;
        });
    }

    /**
     * Makes this browser the one of the reset whose token came in an administrator's reset link, when the token is
     * well-formed; the caller checks that a reset has it.
     */
    static boolean adopt(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        set(token, MAX_AGE_SECONDS);
        return true;
    }

    static void forget() {
        set("", 0);
    }

    /** A host-only cookie: OmniFaces would add a Domain, which also sends it to every subdomain. */
    private static void set(String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(path());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(Faces.getRequest().isSecure());
        Faces.getResponse().addCookie(cookie);
    }

    private static String path() {
        return Faces.getRequestContextPath() + "/accounts/password/reset/";
    }
}
