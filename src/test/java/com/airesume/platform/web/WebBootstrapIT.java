package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.Deployments;
import jakarta.faces.application.ProjectStage;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the container started with {@code DEBUG=True} (pom.xml): the web application took its stage from it. */
@ExtendWith(ArquillianExtension.class)
class WebBootstrapIT {

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    ServletContext context;

    @Test
    void facesRunsInTheStageDebugAsksFor() {
        assertEquals(ProjectStage.Development.name(),
                context.getInitParameter(ProjectStage.PROJECT_STAGE_PARAM_NAME));
    }

    @Test
    void sessionCookieIsHttpOnlyAndNotSecureOnPlainHttpDevelopment() {
        assertTrue(context.getSessionCookieConfig().isHttpOnly());
        assertFalse(context.getSessionCookieConfig().isSecure());
    }
}
