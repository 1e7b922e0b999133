package com.airesume.testing;

import com.airesume.platform.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh PostgreSQL databases for the integration tests, so every run migrates from an empty schema. The
 * server is the machine's (127.0.0.1:5432, trust authentication, as on every developer and CI machine).
 *
 * <p>{@link #main} runs before failsafe (pom.xml) to create the database the Arquillian container uses,
 * which starts before any test code can.
 */
public final class TestDatabases {

    public static final String SERVER = "127.0.0.1:5432";
    private static final String ADMIN_URL = "jdbc:postgresql://" + SERVER + "/postgres";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestDatabases() {
    }

    public static void main(String[] args) throws SQLException {
        if (!"h2".equals(System.getProperty("it.database", "postgres"))) {
            recreate(args.length > 0 ? args[0] : "resumes_it");
        }
    }

    /** Whether this run's integration tests use PostgreSQL ({@code -Dit.database=h2} for the embedded one). */
    public static boolean postgres() {
        return !"h2".equals(System.getProperty("it.database", "postgres"));
    }

    /** A new empty database, named for the test; returns its name. */
    public static String fresh(String purpose) throws SQLException {
        String name = ("resumes_it_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid()
                + "_" + SEQUENCE.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
        recreate(name);
        return name;
    }

    /**
     * The app's own embedded-database URL for {@code dataDir}, opened through H2's automatic server, so another
     * process (a second instance, or the test itself) reaches the same file while the first holds it, and takes
     * over serving it when the first dies.
     */
    public static String sharedEmbedded(Path dataDir) {
        return DatabaseUrl.embedded(dataDir).jdbcUrl().replace(";DB_CLOSE_ON_EXIT=FALSE", "")
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
    }

    /** Render's form of the URL to {@code name}, as an operator would set it. */
    public static String url(String name) {
        return "postgresql://postgres:unused@" + SERVER + "/" + name;
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/" + name, "postgres", "");
    }

    /** Runs one administrative statement against the server's maintenance database. */
    public static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void recreate(String name) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
    }
}
