# Builds and runs Sáng tạo. Used by docker-compose.yml; works alone with `docker build -t sangtao .`
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY processes ./processes
COPY forms ./forms
RUN mvn -B -q -DskipTests package && cp target/sangtao-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
  && useradd --system --home /var/lib/sangtao sangtao && mkdir -p /var/lib/sangtao && chown sangtao /var/lib/sangtao
COPY --from=build /app.jar /opt/sangtao/app.jar
USER sangtao
WORKDIR /var/lib/sangtao
ENV TZ=Asia/Ho_Chi_Minh SANGTAO_DATA_DIR=/var/lib/sangtao
# 8080: the webapps and the APIs; 8081: health and metrics (this container only unless MANAGEMENT_ADDRESS=0.0.0.0)
EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8081/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", "/opt/sangtao/app.jar"]
