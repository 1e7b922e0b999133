package com.airesume.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The migrations the build ships, so tests expect the schema version they define. */
public final class Migrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private Migrations() {
    }

    public static List<Integer> versions() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.valueOf(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** db/migration as the class path has it: target/classes outside, WEB-INF/classes inside the container. */
    private static Path directory() {
        try {
            return Path.of(Migrations.class.getClassLoader().getResource("db/migration").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String latest() {
        List<Integer> versions = versions();
        return versions.get(versions.size() - 1).toString();
    }
}
