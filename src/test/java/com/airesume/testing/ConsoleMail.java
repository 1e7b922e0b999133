package com.airesume.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail as DEBUG's console backend writes it to the log (no EMAIL_HOST): for tests of an app without a relay.
 */
public final class ConsoleMail {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private ConsoleMail() {
    }

    /**
     * The 6-digit code of the newest mail to {@code to} with {@code subject}, waiting for it to be logged.
     *
     * @param to the address as written (any case), or null for any address
     */
    public static String awaitCode(RunningApp app, String to, String subject) {
        Pattern mail = Pattern.compile((to == null ? "" : "(?i:To: " + Pattern.quote(to) + ")") + "\\nSubject: "
                + Pattern.quote(subject) + "\\n(?:.*\\n)*? {4}(\\d{6})\\n");
        Instant end = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(end)) {
            Matcher matcher = mail.matcher(app.output());
            String code = null;
            while (matcher.find()) {
                code = matcher.group(1);
            }
            if (code != null) {
                return code;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + to + " in the log within " + WAIT);
    }
}
