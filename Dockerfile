# syntax=docker/dockerfile:1
# The pre-publication check as a container: `docker build -t factdiff .` then
# `docker run -p 8080:8080 -e FACTDIFF_TOKEN=... factdiff` (README, "Deploy the pre-publication check").

# --- build: the command-line jar and its dependencies, tests left to CI ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The build files first, so that the dependency download is a layer of its own, kept while only sources change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY core/pom.xml core/
COPY rules/pom.xml rules/
COPY reports/pom.xml reports/
COPY server/pom.xml server/
COPY cli/pom.xml cli/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=dev.factdiff || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package
# Three layers by how often they change: the models (hundreds of MB, changed by a version bump), the other
# libraries, and factdiff's own jars (every build).
RUN mkdir -p /layers/models/lib /layers/libs/lib /layers/app/lib \
 && cd cli/target/lib \
 && mv stanford-corenlp-*-models.jar extjwnl-data-*.jar langchain4j-embeddings-*.jar /layers/models/lib/ \
 && mv factdiff-*.jar /layers/app/lib/ \
 && mv *.jar /layers/libs/lib/ \
 && cp ../factdiff-cli-*[0-9T].jar /layers/app/factdiff-cli.jar

# --- run: a JRE, a user without privileges, the three layers ---
FROM eclipse-temurin:17-jre
RUN groupadd --system factdiff && useradd --system --gid factdiff --home-dir /opt/factdiff --no-create-home factdiff
WORKDIR /opt/factdiff
COPY --from=build /layers/models/ ./
COPY --from=build /layers/libs/ ./
COPY --from=build /layers/app/ ./
USER factdiff:factdiff
# Inside a container the service must listen on every interface to be reached through the published port.
ENV FACTDIFF_HOST=0.0.0.0 \
    FACTDIFF_PORT=8080 \
    JAVA_TOOL_OPTIONS="-Xmx2g -Xss4m -XX:+UseSerialGC"
EXPOSE 8080
# Probes: GET /healthz (alive) and GET /readyz (200 once the models have loaded, 10-30 s after the start).
# SIGTERM (docker stop) stops gracefully: the checks in flight finish within FACTDIFF_GRACE seconds, exit 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/opt/factdiff/factdiff-cli.jar", "serve"]
