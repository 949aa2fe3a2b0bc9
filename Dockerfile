# courtsearch itself: built with Maven, run on a JRE. It talks to Elasticsearch by URL
# (COURTSEARCH_ES_URL); the embedded node is for machines without a cluster.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:17-jre
# OCR of scans: Tesseract with its Russian model (one thread each, see BENCHMARKS.md)
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-rus \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app courtsearch
WORKDIR /app
COPY --from=build /src/cli/target/courtsearch-cli.jar /app/courtsearch-cli.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY --from=build /src/samples /app/samples
ENV COURTSEARCH_HOME=/data COURTSEARCH_HOST=0.0.0.0 COURTSEARCH_PORT=7070 OMP_THREAD_LIMIT=1
RUN mkdir -p /data && chown courtsearch /data
USER courtsearch
EXPOSE 7070
ENTRYPOINT ["java", "-Xmx1g", "-Dcourtsearch.root=/app", "-jar", "/app/courtsearch-cli.jar"]
CMD ["serve"]
