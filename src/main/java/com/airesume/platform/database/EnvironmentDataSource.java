package com.airesume.platform.database;

import com.airesume.platform.config.DatabaseTarget;
import com.airesume.platform.config.InvalidSettingsException;
import com.airesume.platform.config.MicroProfileEnvironment;
import com.airesume.platform.config.Secret;
import com.airesume.platform.config.Settings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical data source behind the container's pool, pointed at {@code DATABASE_URL} when the pool
 * first needs a connection.
 *
 * <p>Why a class of our own: {@code @DataSourceDefinition} can only substitute variables that exist before
 * the application does, so it cannot parse Render's {@code postgres://user:pass@host/db} form, and a
 * post-boot {@code create-jdbc-connection-pool} breaks on the colons of a JDBC URL. The pool names this class;
 * this class asks {@link Settings}, the same parser the boot report and its tests use. Drivers are called
 * directly rather than through {@code DriverManager}, whose class-loader rules vary by container.
 */
public class EnvironmentDataSource implements DataSource {

    /** Seconds to wait for a TCP connect and the login handshake; the driver's default is to wait forever. */
    private static final String CONNECT_TIMEOUT_SECONDS = "10";

    private volatile DatabaseTarget target;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(null, null);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        DatabaseTarget database = target();
        Properties properties = new Properties();
        Optional.ofNullable(user).or(database::user).ifPresent(u -> properties.setProperty("user", u));
        Optional.ofNullable(password).or(() -> database.password().map(Secret::reveal))
                .ifPresent(p -> properties.setProperty("password", p));
        Driver driver;
        if (database.kind() == DatabaseTarget.Kind.POSTGRESQL) {
            driver = new org.postgresql.Driver();
            properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
            properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", "ai-resume-builder");
        } else {
            driver = new org.h2.Driver();
        }
        Connection connection = driver.connect(database.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("No driver accepts the configured database URL");
        }
        return connection;
    }

    private DatabaseTarget target() throws SQLException {
        DatabaseTarget database = target;
        if (database == null) {
            try {
                database = Settings.from(MicroProfileEnvironment.current()).database();
            } catch (InvalidSettingsException e) {
                throw new SQLException("The environment is not usable: " + e.getMessage(), "08001");
            }
            target = database;
        }
        return database;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
