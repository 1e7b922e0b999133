package com.airesume.platform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The block of lines the boot writes, one per subsystem, in the words the seed's operators search for.
 * It shows kinds, hosts and names, never a password, key or token.
 */
public final class BootReport {

    private BootReport() {
    }

    public static List<String> lines(Settings settings) {
        List<String> lines = new ArrayList<>();
        lines.add((settings.debug() ? "⚠️  DEBUG is on: development mode, not for production"
                : "✅ Production mode (DEBUG=False)"));
        lines.add(settings.secretKeyGenerated()
                ? "⚠️  SECRET_KEY not set: using a key generated for this run; codes and remember-me cookies"
                        + " end at restart"
                : "✅ SECRET_KEY configured (" + settings.secretKey().length() + " characters)");
        lines.add("✅ Allowed hosts: " + String.join(", ", settings.allowedHosts())
                + (settings.csrfTrustedOrigins().isEmpty() ? ""
                        : "; trusted origins: " + String.join(", ", settings.csrfTrustedOrigins()))
                + "; trusted proxies: " + settings.trustedProxyCount());

        DatabaseTarget db = settings.database();
        lines.add(db.embedded()
                ? "⚠️  Database not configured: Using " + db.describe() + " (set DATABASE_URL for PostgreSQL)"
                : "✅ Database configured: " + db.describe());

        MailSettings mail = settings.mail();
        lines.add(mail.smtp()
                ? "✅ Email configured: Real emails will be sent via SMTP (" + mail.host().orElseThrow() + ":"
                        + mail.port() + ", " + mail.security().name().toLowerCase(java.util.Locale.ROOT)
                        + (mail.user().isPresent() ? ", with AUTH" : "") + ")"
                : "⚠️  Email not configured: Emails will be printed to console" + (settings.debug() ? ""
                        : " without their body, which may hold a code; set EMAIL_HOST to deliver mail"));

        lines.add(settings.cloudinary().isPresent()
                ? "✅ Cloudinary configured: Media files will be stored in the cloud ("
                        + settings.cloudinary().get().cloudName() + ")"
                : "⚠️  Cloudinary not configured: Using local media storage (" + settings.dataDir().resolve("media")
                        + ")");

        AiSettings ai = settings.ai();
        lines.add(ai.external()
                ? "✅ AI configured: " + ai.endpoint().orElseThrow().getHost() + ", model " + ai.model()
                : "⚠️  AI not configured: Using the built-in offline engine");

        lines.add(switch (settings.emailVerification()) {
            case NONE -> "⚠️  Email verification off (EMAIL_VERIFICATION=none): addresses are never confirmed";
            case OPTIONAL -> "✅ Email verification optional: a code is mailed at signup, and the dashboard reminds"
                    + " until it is entered";
            case MANDATORY -> "✅ Email verification mandatory: nobody uses the app before entering the mailed code";
        });
        return lines;
    }

    /**
     * The line that says where to open the site, written when boot has finished: the first allowed host (a domain
     * pattern as its bare domain, any host as {@code localhost}) on this port, or over HTTPS through the proxies
     * that production trusts. Payara's own list of URLs names the machine's address, which {@code ALLOWED_HOSTS}
     * refuses.
     */
    public static String serving(Settings settings) {
        String host = settings.allowedHosts().stream().filter(h -> !h.equals("*"))
                .map(h -> h.startsWith(".") ? h.substring(1) : h).findFirst().orElse("localhost");
        if (!settings.debug() && settings.trustedProxyCount() > 0) {
            return "Serving on https://" + host + "/ (HTTP on port " + settings.port() + " behind "
                    + settings.trustedProxyCount() + (settings.trustedProxyCount() == 1 ? " proxy)" : " proxies)");
        }
        return "Serving on http://" + host + ":" + settings.port() + "/";
    }
}
