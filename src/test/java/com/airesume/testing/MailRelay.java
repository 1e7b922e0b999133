package com.airesume.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a port of its own, which the app reaches over the network like any relay,
 * with what the tests ask of the mails it received.
 */
public final class MailRelay implements AutoCloseable {

    private static final Pattern CODE = Pattern.compile("^ {4}(\\d{6})$", Pattern.MULTILINE);

    private final int port;
    private GreenMail server;

    private MailRelay(int port) {
        this.port = port;
    }

    /** A relay that is running. */
    public static MailRelay start() {
        return reserve().up();
    }

    /** A port for a relay that is not running yet: connections to it are refused until {@link #up()}. */
    public static MailRelay reserve() {
        try {
            return new MailRelay(RunningApp.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MailRelay up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public int port() {
        return port;
    }

    /** {@code EMAIL_*} for an app that sends through this relay. */
    public Map<String, String> environment() {
        return Map.of("EMAIL_HOST", "127.0.0.1", "EMAIL_PORT", Integer.toString(port), "EMAIL_TIMEOUT", "3",
                "DEFAULT_FROM_EMAIL", "AI Resume Builder <no-reply@resumes.test>");
    }

    /** Every mail received so far for {@code to}. */
    public List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(to.toLowerCase()))
                .toList();
    }

    /** Waits until {@code to} has received {@code count} mails, and returns the newest. */
    public MimeMessage awaitMail(String to, int count, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            List<MimeMessage> mails = mailsTo(to);
            if (mails.size() >= count) {
                return mails.get(mails.size() - 1);
            }
            pause();
        }
        throw new AssertionError("No mail number " + count + " for " + to + " within " + limit + "; received "
                + mailsTo(to).size());
    }

    /** The code in the newest of {@code count} mails to {@code to}. */
    public String awaitCode(String to, int count) {
        return code(awaitMail(to, count, Duration.ofSeconds(20)));
    }

    public int received() {
        return server.getReceivedMessages().length;
    }

    public static String code(MimeMessage mail) {
        Matcher matcher = CODE.matcher(text(mail));
        if (!matcher.find()) {
            throw new AssertionError("No code in the mail:\n" + text(mail));
        }
        return matcher.group(1);
    }

    /** The plain-text part. */
    public static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    /** The HTML part. */
    public static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) {
        try {
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType(type)) {
                    return ((String) parts.getBodyPart(i).getContent()).replace("\r\n", "\n");
                }
            }
            throw new AssertionError("No " + type + " part");
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO)).toLowerCase();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
