package com.airesume.media.control;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The names under which photos are stored: 128 random bits in hex and {@code .jpg}. A store answers only for
 * names of exactly this form, so a value that reaches it from elsewhere can neither climb out of the media folder
 * nor name an arbitrary Cloudinary asset.
 */
public final class MediaKeys {

    /** The longest key, well within the 100 characters of {@code users.photo}. */
    public static final int LENGTH = 36;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}\\.jpg");

    private MediaKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + ".jpg";
    }

    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The key without its {@code .jpg}. */
    public static String stem(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a media key");
        }
        return key.substring(0, key.length() - ".jpg".length());
    }
}
