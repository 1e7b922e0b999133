package com.airesume.platform.boot;

import com.airesume.platform.config.Settings;
import java.util.Objects;

/**
 * Fired once at boot, synchronously, after the migrations and before the application is ready: features that
 * must put rows in place before the first request (the administrator of {@code ADMIN_EMAIL}) observe it. A
 * failure in an observer fails the boot like a bad setting.
 *
 * @param settings the settings the application runs with
 */
public record SchemaReady(Settings settings) {

    public SchemaReady {
        Objects.requireNonNull(settings);
    }
}
