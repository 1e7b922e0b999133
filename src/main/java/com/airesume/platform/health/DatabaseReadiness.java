package com.airesume.platform.health;

import com.airesume.platform.config.Settings;
import com.airesume.platform.database.DatabaseSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers now and boot has applied the migrations; a load balancer then sends
 * no traffic to an instance that could only answer 503.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseSchema schema;

    @Inject
    Settings settings;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = schema.version().isPresent();
        boolean answers = schema.answers();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(migrated && answers)
                .withData("database", settings.database().kind().label())
                .withData("reachable", answers)
                .withData("migrated", migrated);
        schema.version().ifPresent(v -> response.withData("schemaVersion", v));
        return response.build();
    }
}
