package com.airesume.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the one {@link Settings} of this process injectable. The environment is read through MicroProfile
 * Config (environment variables, system properties, the secrets directory) once, when the boot sequence
 * first asks for it, before the application serves. {@code @Singleton} because a record cannot be proxied.
 */
@ApplicationScoped
public class SettingsProducer {

    @Produces
    @Singleton
    Settings settings(Config config) {
        return Settings.from(new MicroProfileEnvironment(config));
    }
}
