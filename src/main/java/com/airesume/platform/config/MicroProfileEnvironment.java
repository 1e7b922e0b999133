package com.airesume.platform.config;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The process environment as MicroProfile Config sees it: environment variables, system properties, secrets. */
public final class MicroProfileEnvironment implements Environment {

    private final Config config;

    public MicroProfileEnvironment(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** For code the container creates outside CDI (the data source, the servlet initializer). */
    public static Environment current() {
        return new MicroProfileEnvironment(ConfigProvider.getConfig(MicroProfileEnvironment.class.getClassLoader()));
    }

    @Override
    public Optional<String> get(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
