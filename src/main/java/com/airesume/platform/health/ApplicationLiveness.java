package com.airesume.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application is deployed and its threads answer. It deliberately ignores the database: an
 * outage is a readiness matter, and restarting the process would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application").up()
                .withData("freeMemoryMiB", Runtime.getRuntime().freeMemory() / (1024 * 1024))
                .build();
    }
}
