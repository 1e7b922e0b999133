package com.airesume.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The forged-post guard of the pages that keep no session (login, signup, the reset steps).
 *
 * <p>A stateful Faces view is protected by its view state, which lives in the person's session. A stateless
 * view has no such anchor, so it gets one that costs the server nothing: the browser holds a random key in an
 * HttpOnly cookie, and every form carries the HMAC of that key under {@code SECRET_KEY}. Another site can make a
 * browser send the cookie, but it can neither read the cookie nor compute the HMAC, and a token taken from the
 * attacker's own browser belongs to another key. The origin check of {@link OriginPolicy} stays in front.
 */
public final class FormTokens {

    /** The cookie with the browser's key. */
    public static final String COOKIE = "FORM_KEY";
    /** The hidden form field with the token. */
    public static final String FIELD = "form_token";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final byte[] PURPOSE = "stateless-form-token:".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    /** A keyed Mac per thread: looking the algorithm up and keying it cost more than the HMAC itself. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public FormTokens(String secretKey) {
        Objects.requireNonNull(secretKey, "secretKey");
        this.key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A new browser key: 256 random bits, URL-safe. */
    public static String newBrowserKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a cookie value has the shape of a key this class makes (anything else is replaced). */
    public static boolean isWellFormed(String browserKey) {
        return browserKey != null && WELL_FORMED.matcher(browserKey).matches();
    }

    /** The token a form carries for the browser with this key. */
    public String tokenFor(String browserKey) {
        if (!isWellFormed(browserKey)) {
            throw new IllegalArgumentException("not a browser key");
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(browserKey));
    }

    /** Whether {@code token} was made for {@code browserKey}; false for anything missing or malformed. */
    public boolean accepts(String browserKey, String token) {
        if (!isWellFormed(browserKey) || token == null || !WELL_FORMED.matcher(token).matches()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(browserKey).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String browserKey) {
        Mac mac = macs.get();
        mac.update(PURPOSE);
        return mac.doFinal(browserKey.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
