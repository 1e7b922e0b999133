package com.airesume.accounts.boundary;

import com.airesume.accounts.entity.EmailVerificationCode;
import com.airesume.accounts.entity.PasswordReset;
import com.airesume.accounts.entity.User;
import com.airesume.mail.boundary.Mail;
import com.airesume.mail.control.MailLayout;
import com.airesume.mail.entity.OutboxMail;
import com.airesume.platform.web.Texts;
import java.util.List;
import java.util.Optional;

/** The mails accounts send, worded in the resource bundle and addressed to the account's stored email. */
final class AccountMails {

    private AccountMails() {
    }

    static Mail resetCode(User user, String code) {
        return new Mail(OutboxMail.Kind.RESET_CODE, user.getEmail(), Texts.get("mail.resetCode.subject"),
                new MailLayout(Texts.get("mail.resetCode.heading", user.getFirstName()),
                        List.of(Texts.get("mail.resetCode.intro"),
                                Texts.get("mail.resetCode.expiry", PasswordReset.CODE_LIFETIME.toMinutes()),
                                Texts.get("mail.resetCode.ignore")),
                        Optional.of(code), Texts.get("mail.footer")));
    }

    static Mail resetCodeByAdministrator(User user, String code, String link) {
        return new Mail(OutboxMail.Kind.RESET_CODE, user.getEmail(), Texts.get("mail.resetCode.subject"),
                new MailLayout(Texts.get("mail.resetCode.heading", user.getFirstName()),
                        List.of(Texts.get("mail.resetCode.byAdministrator", link),
                                Texts.get("mail.resetCode.expiry", PasswordReset.CODE_LIFETIME.toMinutes()),
                                Texts.get("mail.resetCode.ignore")),
                        Optional.of(code), Texts.get("mail.footer")));
    }

    static Mail verificationCode(User user, String code) {
        return new Mail(OutboxMail.Kind.VERIFY_CODE, user.getEmail(), Texts.get("mail.verifyCode.subject"),
                new MailLayout(Texts.get("mail.verifyCode.heading", user.getFirstName()),
                        List.of(Texts.get("mail.verifyCode.intro"),
                                Texts.get("mail.verifyCode.expiry", EmailVerificationCode.LIFETIME.toMinutes()),
                                Texts.get("mail.verifyCode.ignore")),
                        Optional.of(code), Texts.get("mail.footer")));
    }

    static Mail passwordChanged(User user) {
        return new Mail(OutboxMail.Kind.NOTICE, user.getEmail(), Texts.get("mail.passwordChanged.subject"),
                new MailLayout(Texts.get("mail.passwordChanged.heading", user.getFirstName()),
                        List.of(Texts.get("mail.passwordChanged.text"), Texts.get("mail.passwordChanged.notYou")),
                        Optional.empty(), Texts.get("mail.footer")));
    }
}
