package com.airesume.platform.config;

import java.util.Map;
import java.util.Optional;

/** A source of named settings: MicroProfile Config in the container, a map in tests. */
@FunctionalInterface
public interface Environment {

    /** The trimmed value of {@code name}, empty when unset or blank. */
    Optional<String> get(String name);

    public static Environment of(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
