package com.airesume.ai.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The checked-in word lists and rule tables beside these classes. */
final class WordLists {

    private WordLists() {
    }

    /** The lines of {@code file}: stripped, in their own case, without blank lines and {@code #} comments. */
    static List<String> lines(String file) {
        try (InputStream in = WordLists.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
