package com.airesume.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one running app shared by every test class of the run that asks for it, started through
 * {@code payara/start} on the run's database (PostgreSQL, or H2 with {@code -Dit.database=h2}) and stopped when
 * the run ends. It trusts one proxy, as in production behind Render, so tests can exercise both sides of it.
 */
public final class SharedApp implements ParameterResolver {

    /** The administrator the shared app ensures at boot, for the console's tests. */
    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "granite comet willow 8264";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApp.class))
                .getOrComputeIfAbsent("app", key -> new Resource(start()), Resource.class).app;
    }

    private static RunningApp start() {
        Map<String, String> env = RunningApp.debugEnvironment(dataDir("shared"));
        env.put("TRUSTED_PROXY_COUNT", "1");
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(database("shared"));
        return RunningApp.start("shared", env).awaitReady();
    }

    /** {@code DATABASE_URL} of a fresh PostgreSQL database, or nothing (the embedded H2 under DATA_DIR). */
    public static Map<String, String> database(String purpose) {
        if (!TestDatabases.postgres()) {
            return Map.of();
        }
        try {
            return Map.of("DATABASE_URL", TestDatabases.url(TestDatabases.fresh(purpose)));
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + TestDatabases.SERVER + " is needed for the"
                    + " integration tests (or run them with -Dit.database=h2)", e);
        }
    }

    /** A new, empty data directory under target/. */
    public static Path dataDir(String purpose) {
        try {
            Path base = Path.of(System.getProperty("user.dir"), "target", "it-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the shared app when the run's root context closes. */
    private record Resource(RunningApp app) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            app.close();
        }
    }
}
