# courtsearch itself: the site (serve) and the indexer (index) on a JRE 17 image, from the jars
# `mvn -B -DskipTests install` builds (cli/target). It talks to Elasticsearch by URL
# (COURTSEARCH_ES_URL). BASE_IMAGE: the public eclipse-temurin image by default; where no
# registry is reachable, one built from Debian packages (docker/base-image.sh).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}
# OCR of scans (Tesseract with its Russian model, one thread each, see BENCHMARKS.md) and curl for
# the health check: installed unless the base image has them
RUN if ! command -v tesseract >/dev/null || ! ls /usr/share/tesseract-ocr/*/tessdata/rus.traineddata >/dev/null 2>&1 \
      || ! command -v curl >/dev/null; then \
      apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-rus curl \
      && rm -rf /var/lib/apt/lists/*; fi
RUN useradd --system --home-dir /app courtsearch && mkdir -p /app /data && chown courtsearch /data
WORKDIR /app
COPY cli/target/lib /app/lib
COPY cli/target/courtsearch-cli.jar /app/courtsearch-cli.jar
COPY samples /app/samples
ENV COURTSEARCH_HOME=/data COURTSEARCH_HOST=0.0.0.0 COURTSEARCH_PORT=7070 OMP_THREAD_LIMIT=1 LANG=C.UTF-8
USER courtsearch
EXPOSE 7070
ENTRYPOINT ["java", "-Xmx1g", "-Dcourtsearch.root=/app", "-jar", "/app/courtsearch-cli.jar"]
CMD ["serve"]
