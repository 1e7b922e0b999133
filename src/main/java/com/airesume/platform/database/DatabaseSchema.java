package com.airesume.platform.database;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's data source and its schema.
 *
 * <p>The pool opens no connection at deploy ({@code initialPoolSize = 0}), so a database that is down when
 * the server starts is met by the boot sequence's retries rather than by a deployment stack trace. Every
 * borrowed connection is validated ({@code Connection.isValid}) and one failure drops the whole pool, so
 * after an outage the next request gets a fresh connection and the application recovers without a restart.
 * The schema is Flyway's alone: JPA never generates it.
 */
@DataSourceDefinition(
        name = DatabaseSchema.DATA_SOURCE,
        className = "com.airesume.platform.database.EnvironmentDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 20,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=30"
        })
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseSchema {

    public static final String DATA_SOURCE = "java:app/jdbc/resumes";
    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());
    private static final int SECONDS_BETWEEN_CONNECT_RETRIES = 5;
    private static final int PING_TIMEOUT_SECONDS = 2;

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile Optional<String> version = Optional.empty();

    /**
     * Applies every pending migration, retrying an unreachable database {@code connectRetries} times.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or a migration fails
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void migrate(int connectRetries) {
        try {
            MigrateResult result = Flyway.configure(DatabaseSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .connectRetries(connectRetries)
                    .connectRetriesInterval(SECONDS_BETWEEN_CONNECT_RETRIES)
                    .load()
                    .migrate();
            version = Optional.ofNullable(result.targetSchemaVersion)
                    .or(() -> Optional.ofNullable(result.initialSchemaVersion));
            LOG.info(() -> "✅ Database migrations applied: " + result.migrationsExecuted + " new, schema at version "
                    + version.orElse("(none)"));
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException(rootMessage(e), e);
        }
    }

    /** The schema version boot migrated to, empty until migrations ran. */
    public Optional<String> version() {
        return version;
    }

    /** Whether the database answers now, within a short timeout. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PING_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The versioned migrations applied, in the order Flyway applied them, read from its history table (without
     * Flyway's own marker row for the table's creation).
     *
     * @throws DatabaseUnavailableException when the database does not answer
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<AppliedMigration> migrations() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT version, description, installed_on,"
                     + " success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
             ResultSet rows = query.executeQuery()) {
            List<AppliedMigration> applied = new ArrayList<>();
            while (rows.next()) {
                Timestamp installed = rows.getTimestamp(3);
                applied.add(new AppliedMigration(Optional.ofNullable(rows.getString(1)).orElse(""),
                        rows.getString(2), installed == null ? null : installed.toLocalDateTime(),
                        rows.getBoolean(4)));
            }
            return applied;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(rootMessage(e), e);
        }
    }

    /**
     * One row of Flyway's history.
     *
     * @param version the schema version it brought, empty for a repeatable migration
     * @param description its description, from the file name
     * @param installedOn when, in the database server's time zone (as Flyway records it)
     * @param success whether it completed
     */
    public record AppliedMigration(String version, String description, LocalDateTime installedOn,
            boolean success) {
    }

    /** The driver's own words: the innermost SQL exception's first line, else the failure's first line. */
    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        String text = message == null ? e.getClass().getSimpleName() : message;
        return text.lines().findFirst().orElse(text);
    }
}
