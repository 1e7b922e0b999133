package com.airesume.platform.boot;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the container without a Docker engine, after {@code mvn package}: every path the
 * Dockerfile copies exists (from the repository, or from the build stage's {@code /build}, which is this
 * checkout after the same package), its entrypoint and health check are the repository's own {@code payara/}
 * scripts, its base image carries the Payara version of {@code pom.xml} and its build stage the Java release;
 * and the Render blueprint builds that Dockerfile, checks {@code /health/ready} and wires the database and the
 * secret.
 */
class DockerfileIT {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--chown=\\S+\\s+)?(--from=(\\S+)\\s+)?"
            + "(?:--chown=\\S+\\s+)?(\\S+)\\s+(\\S+)$", Pattern.MULTILINE);

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static String pomProperty(String name) throws IOException {
        Matcher value = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(read("pom.xml"));
        assertTrue(value.find(), name + " in pom.xml");
        return value.group(1);
    }

    @Test
    void everyCopiedPathExistsAfterThePackage() throws IOException {
        String dockerfile = read("Dockerfile");
        List<String> missing = new ArrayList<>();
        Matcher copy = COPY.matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            copies++;
            String source = copy.group(3);
            Path local = copy.group(2) == null ? ROOT.resolve(source)
                    : ROOT.resolve(source.replaceFirst("^/build/", ""));
            if (!Files.exists(local)) {
                missing.add(copy.group());
            }
        }
        String ignored = read(".dockerignore");
        int copied = copies;
        assertAll(() -> assertEquals(4, copied, dockerfile),
                () -> assertEquals(List.of(), missing),
                () -> assertFalse(ignored.lines().anyMatch(l -> l.equals("src") || l.equals("payara")
                        || l.equals("pom.xml")), "the build context keeps what the image copies"));
    }

    @Test
    void theImageRunsTheRepositorysStartScriptOnThePomsPayara() throws IOException {
        String dockerfile = read("Dockerfile");
        String payara = pomProperty("payara.version");
        String release = pomProperty("maven.compiler.release");
        assertAll(() -> assertTrue(dockerfile.contains("\nFROM payara/micro:" + payara + "-jdk" + release + "\n"),
                        "base image payara/micro:" + payara + "-jdk" + release),
                () -> assertTrue(dockerfile.contains("FROM maven:3.9-eclipse-temurin-" + release + " AS build")),
                () -> assertTrue(dockerfile.contains("COPY --chown=payara:payara payara/ /opt/payara/app/payara/")),
                () -> assertTrue(dockerfile.contains("ENTRYPOINT [\"/opt/payara/app/payara/start\"]")),
                () -> assertTrue(dockerfile.contains("CMD [\"/opt/payara/app/payara/healthcheck\"]")),
                () -> assertTrue(Files.isExecutable(ROOT.resolve("payara/start"))),
                () -> assertTrue(Files.isExecutable(ROOT.resolve("payara/healthcheck"))),
                () -> assertTrue(dockerfile.contains("\nUSER payara\n"), "runs as the image's non-root user"),
                () -> assertTrue(dockerfile.contains("VOLUME /opt/payara/data")),
                () -> assertTrue(dockerfile.contains("DATA_DIR=/opt/payara/data")));
    }

    @Test
    void theRenderBlueprintBuildsTheDockerfileWithADatabaseAndASecret() throws IOException {
        String blueprint = read("render.yaml");
        assertAll(() -> assertTrue(blueprint.contains("dockerfilePath: ./Dockerfile")),
                () -> assertTrue(blueprint.contains("healthCheckPath: /health/ready")),
                () -> assertTrue(blueprint.contains("- key: DATABASE_URL\n        fromDatabase:")),
                () -> assertTrue(blueprint.contains("property: connectionString")),
                () -> assertTrue(blueprint.contains("- key: SECRET_KEY\n        generateValue: true")),
                () -> assertTrue(blueprint.contains("mountPath: /opt/payara/data")),
                () -> assertTrue(Files.exists(ROOT.resolve("docs/deploy.md"))));
    }
}
