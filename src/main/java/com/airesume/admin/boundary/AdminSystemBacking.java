package com.airesume.admin.boundary;

import com.airesume.platform.config.BootReport;
import com.airesume.platform.config.Settings;
import com.airesume.platform.database.DatabaseSchema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * {@code /admin/system/}: what runs here. The application's version is the Maven project's, which the WAR's
 * manifest carries ({@code Implementation-Version}, written by the build); the runtime is what the server and the
 * JVM say of themselves; the migrations are Flyway's history table; and the configuration is the boot report, the
 * very lines the boot logged, so it shows hosts, names and kinds but never a password, key or secret.
 */
@Named
@RequestScoped
public class AdminSystemBacking {

    private static final DateTimeFormatter INSTALLED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ENGLISH);

    @Inject
    ServletContext servletContext;

    @Inject
    DatabaseSchema schema;

    @Inject
    Settings settings;

    private List<DatabaseSchema.AppliedMigration> migrations;

    /** The Maven project version of the running WAR, or empty when it was not built by Maven. */
    public String getVersion() {
        try (InputStream manifest = servletContext.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            return manifest == null ? ""
                    : Optional.ofNullable(new Manifest(manifest).getMainAttributes()
                            .getValue(Attributes.Name.IMPLEMENTATION_VERSION)).orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server's name and full version ("Payara Micro 6.2025.10 (build 42)"), as its own boot line says it; the
     * Servlet API's server info (which names the product without its version) when the runtime does not say.
     */
    public String getServer() {
        try {
            // Payara's version class, reached by name: the application compiles against the Jakarta EE API only.
            Object version = Class.forName("com.sun.appserv.server.util.Version", true,
                    Thread.currentThread().getContextClassLoader()).getMethod("getFullVersion").invoke(null);
            return String.valueOf(version);
        } catch (ReflectiveOperationException | LinkageError e) {
            return servletContext.getServerInfo();
        }
    }

    public String getJava() {
        return System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ")";
    }

    public List<DatabaseSchema.AppliedMigration> getMigrations() {
        if (migrations == null) {
            migrations = schema.migrations();
        }
        return migrations;
    }

    public String installed(DatabaseSchema.AppliedMigration migration) {
        return migration.installedOn() == null ? "" : INSTALLED.format(migration.installedOn());
    }

    public List<String> getBootReport() {
        return BootReport.lines(settings);
    }
}
