package com.airesume.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The migrations the build ships, so tests expect the schema version the sources define. */
public final class Migrations {

    private static final Path DIRECTORY = Path.of(System.getProperty("user.dir"), "src/main/resources/db/migration");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private Migrations() {
    }

    public static List<Integer> versions() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.valueOf(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String latest() {
        List<Integer> versions = versions();
        return versions.get(versions.size() - 1).toString();
    }
}
