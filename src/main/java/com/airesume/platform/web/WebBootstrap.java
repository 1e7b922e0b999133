package com.airesume.platform.web;

import com.airesume.platform.config.InvalidSettingsException;
import com.airesume.platform.config.MicroProfileEnvironment;
import com.airesume.platform.config.Settings;
import jakarta.faces.application.ProjectStage;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * Settles what must be known before the web application initializes: the Faces project stage follows
 * {@code DEBUG} (so production never runs in Development by accident), and the session cookie is
 * {@code Secure} in production behind a TLS proxy ({@code SameSite=Lax} is set in payara-web.xml).
 *
 * <p>It runs before CDI, so it reads the settings itself; when they are invalid it falls back to production
 * and leaves the report and the exit to the boot sequence.
 */
public class WebBootstrap implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        boolean debug = false;
        boolean secureCookie = true;
        try {
            Settings settings = Settings.from(MicroProfileEnvironment.current());
            debug = settings.debug();
            secureCookie = !debug && settings.trustedProxyCount() > 0;
        } catch (InvalidSettingsException e) {
            // reported by BootSequence, which also ends the process
        }
        context.setInitParameter(ProjectStage.PROJECT_STAGE_PARAM_NAME,
                (debug ? ProjectStage.Development : ProjectStage.Production).name());
        context.getSessionCookieConfig().setSecure(secureCookie);
    }
}
