package com.airesume.platform.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static final Path DATA = Path.of("/srv/data");

    private static DatabaseTarget parse(String url) {
        return DatabaseUrl.parse(Optional.of(url), DATA);
    }

    @Test
    void rendersFormBecomesAJdbcUrlWithCredentialsApart() {
        DatabaseTarget db = parse("postgres://resumes_user:s3cret@dpg-abc.oregon-postgres.render.com/resumes_db");
        assertAll(() -> assertEquals(DatabaseTarget.Kind.POSTGRESQL, db.kind()),
                () -> assertEquals("jdbc:postgresql://dpg-abc.oregon-postgres.render.com:5432/resumes_db", db.jdbcUrl()),
                () -> assertEquals(Optional.of("resumes_user"), db.user()),
                () -> assertEquals("s3cret", db.password().orElseThrow().reveal()),
                () -> assertEquals("dpg-abc.oregon-postgres.render.com:5432", db.host()),
                () -> assertEquals("resumes_db", db.name()));
    }

    @Test
    void postgresqlSchemePortQueryAndEncodedPasswordAreKept() {
        DatabaseTarget db = parse("postgresql://app:p%40ss%2Fw%3Ard@db.example.com:6543/app?sslmode=require");
        assertAll(() -> assertEquals("jdbc:postgresql://db.example.com:6543/app?sslmode=require", db.jdbcUrl()),
                () -> assertEquals("p@ss/w:rd", db.password().orElseThrow().reveal()),
                () -> assertEquals("db.example.com:6543", db.host()));
    }

    @Test
    void ipv6HostIsBracketed() {
        DatabaseTarget db = parse("postgresql://app@[::1]:5433/app");
        assertEquals("jdbc:postgresql://[::1]:5433/app", db.jdbcUrl());
        assertTrue(db.password().isEmpty());
    }

    @Test
    void jdbcUrlsPassThroughUntouched() {
        DatabaseTarget pg = parse("jdbc:postgresql://localhost:5432/test?user=postgres");
        DatabaseTarget h2 = parse("jdbc:h2:mem:scratch");
        assertAll(() -> assertEquals("jdbc:postgresql://localhost:5432/test?user=postgres", pg.jdbcUrl()),
                () -> assertEquals("test", pg.name()),
                () -> assertEquals(DatabaseTarget.Kind.H2, h2.kind()),
                () -> assertEquals("jdbc:h2:mem:scratch", h2.jdbcUrl()));
    }

    @Test
    void nothingSetMeansTheEmbeddedFileDatabaseUnderTheDataDirectory() {
        DatabaseTarget db = DatabaseUrl.parse(Optional.empty(), DATA);
        assertAll(() -> assertTrue(db.embedded()),
                () -> assertTrue(db.jdbcUrl().startsWith("jdbc:h2:file:/srv/data/db/resumes;"), db.jdbcUrl()),
                () -> assertTrue(db.jdbcUrl().contains("MODE=PostgreSQL")),
                () -> assertFalse(db.jdbcUrl().contains(":mem:")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mysql://root@localhost/resumes | is not a database URL; use postgresql://",
        "jdbc:mysql://localhost/resumes | only PostgreSQL and H2 JDBC URLs are supported",
        "postgresql://user:pw@host.example.com | has no database name",
        "postgresql://user:pw@host.example.com/ | has no database name",
        "postgresql://user:pw@host.example.com:abc/db | port that is not a number",
        "postgresql:///db | has no host",
        "just some words | is not a database URL",
        "postgresql://user:p%zz@host/db | percent-encode special characters"})
    void unusableUrlsAreRefusedWithAdvice(String url, String advice) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(url));
        assertTrue(e.getMessage().contains(advice), e.getMessage());
    }

    @Test
    void thePasswordNeverAppearsInTheDescription() {
        DatabaseTarget db = parse("postgresql://app:hunter2-secret@db.example.com/app");
        assertAll(() -> assertFalse(db.toString().contains("hunter2")),
                () -> assertFalse(db.describe().contains("hunter2")),
                () -> assertEquals("PostgreSQL database 'app' on db.example.com:5432", db.describe()));
    }
}
