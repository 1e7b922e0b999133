package com.airesume.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What Arquillian tests deploy: the WAR the build made, as it ships, plus the test helpers the in-container
 * tests use (Arquillian itself adds only the test class).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        return ShrinkWrap.create(ZipImporter.class, "ai-resume-builder.war")
                .importFrom(new File("target/ai-resume-builder.war")).as(WebArchive.class)
                .addClass(Migrations.class);
    }
}
