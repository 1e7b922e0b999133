package com.airesume.platform.boot;

import com.airesume.platform.config.BootReport;
import com.airesume.platform.config.InvalidSettingsException;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.DatabaseSchema;
import com.airesume.platform.database.DatabaseUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs once per process while the application deploys: settings, report, migrations, then {@link SchemaReady}
 * for what must exist before the first request. It observes the start of
 * the application scope, which Payara fires while the web module starts, so nothing is served before it ends
 * (an EJB {@code @Startup} singleton in a WAR only starts once the deployment has finished).
 *
 * <p>A failure here ends the process (exit code 78, "configuration error"), because Payara Micro keeps
 * running with no application when a deployment fails: a container host would see a live process that
 * answers 404 forever instead of a failed start it can report and restart.
 */
@ApplicationScoped
public class BootSequence {

    static final int EXIT_CONFIGURATION_ERROR = 78;
    static final int EXIT_TEMPORARY_FAILURE = 75;
    private static final Logger LOG = Logger.getLogger(BootSequence.class.getName());

    @Inject
    Instance<Settings> settings;

    @Inject
    DatabaseSchema schema;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean complete;

    void boot(@Observes @Initialized(ApplicationScoped.class) Object application) {
        Settings current = settings().orElseThrow(() -> exit("the environment is not usable",
                EXIT_CONFIGURATION_ERROR));
        LOG.info("AI Resume Builder is starting with this configuration:");
        BootReport.lines(current).forEach(LOG::info);
        try {
            schema.migrate(current.databaseConnectRetries());
        } catch (DatabaseUnavailableException e) {
            LOG.severe(() -> "❌ Database not usable (" + current.database().describe() + "): " + e.getMessage()
                    + "; check DATABASE_URL and that the database server is running");
            throw exit("the database is not usable", EXIT_CONFIGURATION_ERROR);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "❌ Boot failed unexpectedly", e);
            throw exit(e.toString(), EXIT_CONFIGURATION_ERROR);
        }
        if (persistence.isOpen()) {
            try {
                schemaReady.fire(new SchemaReady(current));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "❌ Boot failed while putting the first rows in place: " + e.getMessage(), e);
                throw exit(e.getMessage(), EXIT_CONFIGURATION_ERROR);
            }
        }
        if (!persistence.isOpen()) {
            // Payara closes the persistence unit when the database was down while it deployed; only a new
            // process opens it again, and the host (Render, Docker) starts one when this one exits.
            LOG.severe("❌ The database came back during boot, after the application had deployed without it;"
                    + " exiting so that a restart finds it");
            throw exit("the persistence unit was closed while the database was down", EXIT_TEMPORARY_FAILURE);
        }
        complete = true;
        LOG.info("✅ AI Resume Builder is ready");
        LOG.info(BootReport.serving(current));
    }

    /** Whether boot has finished; until then requests are answered 503, as readiness is DOWN. */
    public boolean isComplete() {
        return complete;
    }

    private Optional<Settings> settings() {
        try {
            return Optional.of(settings.get());
        } catch (RuntimeException e) {
            InvalidSettingsException invalid = find(e).orElseThrow(() -> e);
            invalid.problems().forEach(p -> LOG.severe(() -> "❌ " + p.variable() + " " + p.advice()));
            return Optional.empty();
        }
    }

    private static Optional<InvalidSettingsException> find(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingsException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    /**
     * Fails the deployment and, from another thread so the deployment can unwind and release its locks,
     * ends the process.
     */
    private static IllegalStateException exit(String reason, int status) {
        LOG.severe(() -> "❌ AI Resume Builder cannot start: " + reason + " (see the lines above); exiting");
        Thread exit = new Thread(() -> System.exit(status), "boot-failure-exit");
        exit.setDaemon(false);
        exit.start();
        return new IllegalStateException("Boot failed: " + reason);
    }
}
