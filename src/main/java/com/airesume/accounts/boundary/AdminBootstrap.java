package com.airesume.accounts.boundary;

import com.airesume.accounts.control.PasswordPolicy;
import com.airesume.accounts.entity.AuthEvent;
import com.airesume.accounts.entity.User;
import com.airesume.platform.boot.SchemaReady;
import com.airesume.platform.config.AdminAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The answer to the first version's {@code createsuperuser}: with {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}
 * set, every boot makes sure that account exists, has the ADMIN role and that password. It is idempotent (a
 * second boot changes nothing and says so), safe when two instances boot at once (the unique email decides, and
 * the loser updates the winner's row), and logs the address, never the password. A password the signup policy
 * would refuse stops the boot, naming the variable.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Inject
    AccountService accounts;

    @Inject
    AuthEvents events;

    void ensure(@Observes SchemaReady ready) {
        ready.settings().admin().ifPresent(this::ensure);
    }

    void ensure(AdminAccount admin) {
        String email = admin.email().strip();
        String password = admin.password().reveal();
        POLICY.check(password, email).ifPresent(problem -> {
            throw new IllegalStateException("ADMIN_PASSWORD is not accepted ("
                    + problem.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "): use at least " + PasswordPolicy.MIN_LENGTH + " characters of unrelated words");
        });
        long id = accounts.findByLogin(email).map(User::getId).orElseGet(() -> create(email, password));
        AccountService.AdminChange change = accounts.makeAdmin(id, password);
        String what = change.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        LOG.info(() -> "✅ Admin account ensured: " + email + " (ID: " + id + ", " + what + ")");
        if (change != AccountService.AdminChange.UNCHANGED) {
            events.record(AuthEvent.Kind.ADMIN_ACTION, id, email, null, null, "ADMIN_EMAIL at boot: " + what);
        }
    }

    private long create(String email, String password) {
        try {
            return accounts.signUp(new Signup("Site", "Administrator", email, password)).getId();
        } catch (EmailTakenException e) {
            // Another instance booting at the same moment created it.
            return accounts.findByLogin(email).map(User::getId).orElseThrow(() -> e);
        }
    }
}
