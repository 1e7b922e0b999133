# AI Resume Builder on the official Payara Micro image. The first stage builds the WAR from this repository, so
# a host that builds images from source (Render) needs nothing else; the second stage is what runs. The Payara
# version here must match payara.version in pom.xml (DockerfileIT checks it).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src/ src/
RUN mvn -B -q -Dmaven.test.skip=true package

FROM payara/micro:6.2025.10-jdk17

ENV PORT=8080 \
    DATA_DIR=/opt/payara/data \
    PAYARA_JAR=/opt/payara/payara-micro.jar \
    APP_WAR=/opt/payara/deployments/ai-resume-builder.war
# JVM options: payara/start reads the memory budget from payara/jvm.options (copied below) unless JAVA_OPTS is set.

COPY --chown=payara:payara payara/ /opt/payara/app/payara/
COPY --from=build --chown=payara:payara /build/target/ai-resume-builder.war /opt/payara/deployments/ai-resume-builder.war

USER root
RUN mkdir -p /opt/payara/data && chown payara:payara /opt/payara/data
USER payara

VOLUME /opt/payara/data
EXPOSE 8080

HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 CMD ["/opt/payara/app/payara/healthcheck"]

ENTRYPOINT ["/opt/payara/app/payara/start"]
