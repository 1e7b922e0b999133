package com.airesume.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.platform.config.DatabaseTarget;
import com.airesume.platform.config.Settings;
import com.airesume.testing.Deployments;
import com.airesume.testing.Migrations;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the run's database (PostgreSQL in CI, H2 with {@code -Dit.database=h2}): boot migrated
 * the schema through the application's own data source, and the pool hands out working connections.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseSchemaIT {

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    DatabaseSchema schema;

    @Inject
    Settings settings;

    @Resource(lookup = DatabaseSchema.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void bootAppliedEveryMigrationToTheConfiguredDatabase() throws SQLException {
        assertEquals(Optional.of(Migrations.latest()), schema.version());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            DatabaseTarget.Kind expected = "h2".equals(System.getenv("IT_DATABASE")) ? DatabaseTarget.Kind.H2
                    : DatabaseTarget.Kind.POSTGRESQL;
            assertEquals(expected, settings.database().kind());
            assertTrue(product.equalsIgnoreCase(expected == DatabaseTarget.Kind.H2 ? "H2" : "PostgreSQL"), product);
            assertEquals(Migrations.versions().size(), count(statement,
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"));
        }
    }

    @Test
    void emailsAreUniqueIgnoringCaseInTheSchemaItself() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(insertUser("Grace@Example.com", "grace"));
            SQLException duplicate = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> statement.executeUpdate(insertUser("GRACE@example.COM", "grace2")));
            assertTrue(duplicate.getSQLState().startsWith("23"), duplicate.getSQLState());
            SQLException unnormalized = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> statement.executeUpdate(insertUser("Other@Example.com", "other").replace(
                            "'other@example.com'", "'Other@Example.com'")));
            assertTrue(unnormalized.getSQLState().startsWith("23"), unnormalized.getSQLState());
            statement.executeUpdate("DELETE FROM users WHERE email_key = 'grace@example.com'");
        }
    }

    @Test
    void theDatabaseAnswersThroughThePool() {
        assertTrue(schema.answers());
    }

    private static String insertUser(String email, String username) {
        return "INSERT INTO users (email, email_key, username, username_key, first_name, last_name, password_hash,"
                + " created_at, updated_at) VALUES ('" + email + "', '" + email.toLowerCase(java.util.Locale.ROOT)
                + "', '" + username + "', '" + username + "', 'Grace', 'Hopper', 'x', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)";
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
