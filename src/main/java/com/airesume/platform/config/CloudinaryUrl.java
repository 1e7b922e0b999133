package com.airesume.platform.config;

import java.util.Objects;

/**
 * {@code cloudinary://key:secret@cloud}, split into its parts.
 *
 * @param apiKey the API key
 * @param apiSecret the API secret
 * @param cloudName the cloud name
 */
public record CloudinaryUrl(String apiKey, Secret apiSecret, String cloudName) {

    private static final String FORM = "cloudinary://<api_key>:<api_secret>@<cloud_name>";

    public CloudinaryUrl {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        Objects.requireNonNull(cloudName, "cloudName");
    }

    /** @throws IllegalArgumentException naming the expected form */
    public static CloudinaryUrl parse(String value) {
        String prefix = "cloudinary://";
        if (!value.startsWith(prefix)) {
            throw new IllegalArgumentException("must look like " + FORM);
        }
        String rest = value.substring(prefix.length());
        int at = rest.lastIndexOf('@');
        int colon = at < 0 ? -1 : rest.indexOf(':');
        if (at < 0 || colon < 1 || colon > at - 2 || at == rest.length() - 1) {
            throw new IllegalArgumentException("must look like " + FORM);
        }
        return new CloudinaryUrl(rest.substring(0, colon), Secret.of(rest.substring(colon + 1, at)),
                rest.substring(at + 1));
    }
}
