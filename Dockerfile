# Builds the production jar and runs it on a JRE. The embedded PostgreSQL and demo data stay out:
# the image runs on the PostgreSQL given by SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true \
    && cp target/upward-*.jar /src/upward.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 upward
USER upward
WORKDIR /app
COPY --from=build /src/upward.jar upward.jar
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/upward.jar"]
