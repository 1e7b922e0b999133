package com.airesume.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns {@code DATABASE_URL} into a {@link DatabaseTarget}.
 *
 * <p>Three forms are accepted: Render's and Heroku's {@code postgres://user:pass@host:port/db?query}
 * (also {@code postgresql://}), whose query ({@code ?sslmode=require}) is kept; a {@code jdbc:postgresql:}
 * or {@code jdbc:h2:} URL, passed through untouched; and nothing at all, which means the embedded H2 file
 * database under the data directory. Anything else is refused with a sentence that says what to write,
 * because a bad URL must stop the boot, never surface as a connection error in a request.
 */
public final class DatabaseUrl {

    static final String VARIABLE = "DATABASE_URL";
    private static final int DEFAULT_POSTGRES_PORT = 5432;
    private static final String EXAMPLE = "postgresql://user:password@host:5432/dbname";

    /**
     * H2 speaks enough PostgreSQL for one set of migrations to serve both; the file is opened by this
     * process only.
     */
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";

    private DatabaseUrl() {
    }

    /**
     * @param value the variable's value, if set
     * @param dataDir where the embedded database lives when {@code value} is empty
     * @throws IllegalArgumentException with the operator's advice when the value cannot be used
     */
    public static DatabaseTarget parse(Optional<String> value, Path dataDir) {
        if (value.isEmpty()) {
            return embedded(dataDir);
        }
        String url = value.get().strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return jdbcPostgres(url);
        }
        if (lower.startsWith("jdbc:h2:")) {
            return new DatabaseTarget(DatabaseTarget.Kind.H2, url, Optional.empty(), Optional.empty(),
                    url.substring("jdbc:h2:".length()), "h2");
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return postgres(url);
        }
        if (lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("only PostgreSQL and H2 JDBC URLs are supported; use " + EXAMPLE);
        }
        throw new IllegalArgumentException("is not a database URL; use " + EXAMPLE + " (or a jdbc:postgresql: URL)");
    }

    public static DatabaseTarget embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("resumes");
        return new DatabaseTarget(DatabaseTarget.Kind.H2, "jdbc:h2:file:" + file + H2_OPTIONS,
                Optional.of("sa"), Optional.empty(), file.getParent().toString(), "resumes");
    }

    private static DatabaseTarget postgres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot be read as a URL (" + e.getReason()
                    + "); percent-encode special characters in the password and use " + EXAMPLE);
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portSeparator = hostAndPort.lastIndexOf(':');
        if (portSeparator > hostAndPort.lastIndexOf(']')
                && !hostAndPort.substring(portSeparator + 1).matches("\\d{1,5}")) {
            throw new IllegalArgumentException("has a port that is not a number; use " + EXAMPLE);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("has no host; use " + EXAMPLE);
        }
        int port = uri.getPort() == -1 ? DEFAULT_POSTGRES_PORT : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String name = decode(path.startsWith("/") ? path.substring(1) : path);
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("has no database name; add /<name> after the host, as in " + EXAMPLE);
        }
        Optional<String> user = Optional.empty();
        Optional<Secret> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
            user = Optional.of(decode(rawUser)).filter(u -> !u.isEmpty());
            if (colon >= 0) {
                password = Optional.of(Secret.of(decode(userInfo.substring(colon + 1))));
            }
        }
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + hostPart + ":" + port + "/" + path.substring(1) + query;
        return new DatabaseTarget(DatabaseTarget.Kind.POSTGRESQL, jdbcUrl, user, password,
                hostPart + ":" + port, name);
    }

    private static DatabaseTarget jdbcPostgres(String url) {
        String rest = url.substring("jdbc:".length());
        URI uri;
        try {
            uri = new URI(rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot be read as a JDBC URL (" + e.getReason() + ")");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() == -1 ? DEFAULT_POSTGRES_PORT : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.isBlank()) {
            throw new IllegalArgumentException("has no database name; use jdbc:postgresql://host:5432/dbname");
        }
        return new DatabaseTarget(DatabaseTarget.Kind.POSTGRESQL, url, Optional.empty(), Optional.empty(),
                host + ":" + port, name);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a badly percent-encoded part; encode special characters as %XX");
        }
    }
}
