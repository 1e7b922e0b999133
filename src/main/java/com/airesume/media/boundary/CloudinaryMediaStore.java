package com.airesume.media.boundary;

import com.airesume.media.control.MediaKeys;
import com.airesume.platform.config.CloudinaryUrl;
import com.cloudinary.Cloudinary;
import com.cloudinary.utils.ObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Photos on Cloudinary, as image assets with the public id {@code airesume/photos/<key without .jpg>}.
 *
 * <p>Uploads and deletions go through the Cloudinary SDK, which signs each call with the API secret; the secret
 * itself never leaves the process. A failure's message names the SDK's exception with any occurrence of the
 * secret masked, and does not carry that exception as its cause. The prefix sits in the public id rather
 * than in {@code folder}, so the delivery address is the same whether the account uses fixed or dynamic folders.
 * {@code overwrite} is off: a key is never reused, and a photo once stored never changes under it. A deletion also
 * invalidates the CDN's copies.
 *
 * <p>Reading fetches the public delivery URL the SDK builds for the id, over HTTPS, with its own timeouts
 * (connect {@value #CONNECT_SECONDS} s, answer {@value #READ_SECONDS} s; the SDK's API calls time out after
 * {@value #READ_SECONDS} s too). The asset is public to whoever knows its 128-bit random id; the application
 * reads it through this store, so the Cloudinary address need not reach a page. A 404 means no photo; every
 * other failure is {@link MediaUnavailableException}, as is an answer larger than any photo this application
 * stores.
 *
 * <p>Whether the addresses are {@code https} comes from the configuration, which {@link #of} fixes to HTTPS on
 * {@code res.cloudinary.com} and {@code api.cloudinary.com}; the package-private constructor takes any configured
 * SDK, which lets a test play Cloudinary on a local port ({@code upload_prefix}, {@code cname},
 * {@code private_cdn}, {@code secure=false}).
 */
final class CloudinaryMediaStore implements MediaStore {

    static final String PREFIX = "airesume/photos/";
    static final int CONNECT_SECONDS = 5;
    static final int READ_SECONDS = 15;
    private static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;
    private static final String MASK = "********";

    private final Cloudinary cloudinary;
    private final HttpClient http;
    private final String secret;

    CloudinaryMediaStore(Cloudinary cloudinary, HttpClient http) {
        this.cloudinary = Objects.requireNonNull(cloudinary, "cloudinary");
        this.http = Objects.requireNonNull(http, "http");
        this.secret = cloudinary.config.apiSecret;
    }

    static CloudinaryMediaStore of(CloudinaryUrl url) {
        Map<String, Object> config = new HashMap<>();
        config.put("cloud_name", url.cloudName());
        config.put("api_key", url.apiKey());
        config.put("api_secret", url.apiSecret().reveal());
        config.put("secure", true);
        config.put("timeout", READ_SECONDS);
        config.put("analytics", false);
        return new CloudinaryMediaStore(new Cloudinary(config), HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(CONNECT_SECONDS))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    @Override
    public String put(byte[] jpeg) throws MediaUnavailableException {
        String key = MediaKeys.newKey();
        String publicId = publicId(key);
        Map<?, ?> result;
        try {
            result = cloudinary.uploader().upload(jpeg, ObjectUtils.asMap("public_id", publicId, "resource_type",
                    "image", "overwrite", false));
        } catch (IOException | RuntimeException e) {
            throw failure("Photo not uploaded to Cloudinary", e);
        }
        if (!publicId.equals(result.get("public_id"))) {
            throw new MediaUnavailableException(redact("Cloudinary answered the upload of " + publicId
                    + " with public id " + result.get("public_id")));
        }
        return key;
    }

    @Override
    public Optional<byte[]> get(String key) throws MediaUnavailableException {
        if (!MediaKeys.isKey(key)) {
            return Optional.empty();
        }
        URI address = URI.create(deliveryUrl(key));
        HttpRequest request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(READ_SECONDS)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404) {
                    return Optional.empty();
                }
                if (response.statusCode() / 100 != 2) {
                    throw new MediaUnavailableException(redact("Photo " + key + " not read from Cloudinary: HTTP "
                            + response.statusCode()));
                }
                byte[] bytes = body.readNBytes(MAX_PHOTO_BYTES + 1);
                if (bytes.length > MAX_PHOTO_BYTES) {
                    throw new MediaUnavailableException("Photo " + key + " from Cloudinary is larger than "
                            + MAX_PHOTO_BYTES + " bytes");
                }
                return Optional.of(bytes);
            }
        } catch (IOException | RuntimeException e) {
            throw failure("Photo " + key + " not read from Cloudinary", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Photo " + key + " not read from Cloudinary", e);
        }
    }

    @Override
    public void delete(String key) throws MediaUnavailableException {
        if (!MediaKeys.isKey(key)) {
            return;
        }
        Map<?, ?> result;
        try {
            result = cloudinary.uploader().destroy(publicId(key), ObjectUtils.asMap("resource_type", "image",
                    "invalidate", true));
        } catch (IOException | RuntimeException e) {
            throw failure("Photo " + key + " not deleted from Cloudinary", e);
        }
        Object outcome = result.get("result");
        if (!"ok".equals(outcome) && !"not found".equals(outcome)) {
            throw new MediaUnavailableException(redact("Cloudinary answered the deletion of " + key + " with "
                    + outcome));
        }
    }

    /** The address Cloudinary delivers the photo from. */
    String deliveryUrl(String key) {
        return cloudinary.url().resourceType("image").type("upload").format("jpg").generate(publicId(key));
    }

    @Override
    public String toString() {
        return "Cloudinary cloud " + cloudinary.config.cloudName;
    }

    private static String publicId(String key) {
        return PREFIX + MediaKeys.stem(key);
    }

    /** Without the cause, whose message this class does not control and a logged stack trace would show. */
    private MediaUnavailableException failure(String what, Exception e) {
        return new MediaUnavailableException(redact(what + ": " + e));
    }

    private String redact(String message) {
        return secret == null || secret.isEmpty() ? message : message.replace(secret, MASK);
    }
}
