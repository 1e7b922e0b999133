package com.airesume.mail.boundary;

import com.airesume.platform.config.MailSettings;
import com.airesume.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Talks to the SMTP relay of {@code EMAIL_*}, or, with no {@code EMAIL_HOST}, writes mails to the log (the
 * console backend): whole in DEBUG, without their body otherwise, because a body may hold a code.
 *
 * <p>The session always sets connect, read and write timeouts ({@code EMAIL_TIMEOUT}); Jakarta Mail's own are
 * infinite, and a relay that accepts a connection and then stays silent would hold a thread forever. STARTTLS,
 * when asked for, is required rather than attempted, so a relay cannot talk the connection down to plain text.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    private final MailSettings mail;
    private final boolean debug;
    private final Session session;

    @Inject
    public MailSender(Settings settings) {
        this.mail = settings.mail();
        this.debug = settings.debug();
        this.session = Session.getInstance(properties(mail));
    }

    /** For the CDI proxy. */
    protected MailSender() {
        this.mail = null;
        this.debug = false;
        this.session = null;
    }

    /** Whether mails really leave the server. */
    public boolean isRelayed() {
        return mail.smtp();
    }

    /** Sends one mail, or writes it to the log without a relay. */
    void send(OpenedMail outgoing) throws MessagingException {
        if (!mail.smtp()) {
            LOG.info(() -> debug ? "📧 Email (console backend, no EMAIL_HOST)\nFrom: " + mail.from() + "\nTo: "
                    + outgoing.to() + "\nSubject: " + outgoing.subject() + "\n\n" + outgoing.text()
                    : "📧 Email to " + outgoing.to() + ", \"" + outgoing.subject() + "\": not delivered, EMAIL_HOST"
                            + " is not set (the body is logged only in DEBUG)");
            return;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(InternetAddress.parse(mail.from(), true)[0]);
        InternetAddress to = new InternetAddress(outgoing.to(), true);
        to.validate();
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(outgoing.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(outgoing.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(mail.host().orElseThrow(), mail.port(), mail.user().orElse(null),
                    mail.password().map(p -> p.reveal()).orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    static Properties properties(MailSettings mail) {
        Properties properties = new Properties();
        String timeout = Long.toString(mail.timeout().toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        mail.host().ifPresent(host -> properties.setProperty("mail.smtp.host", host));
        properties.setProperty("mail.smtp.port", Integer.toString(mail.port()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(mail.user().isPresent()));
        switch (mail.security()) {
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // a relay on the same host or network, as in development
            }
        }
        return properties;
    }
}
