package org.courtsearch.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * courtsearch's node in a container, through Testcontainers: the image of
 * {@code docker/elasticsearch-local} (the embedded node's own distribution, {@code
 * es-node/target/es-home}, on the JRE base image {@code courtsearch.it.base-image}), built once
 * and started as the integration tests' Elasticsearch when {@code courtsearch.it.backend=container}
 * (README, "Tests against a container"). A generic container, not Testcontainers' Elasticsearch
 * module: that one expects the official image, which no registry here serves.
 */
public final class NodeContainer {
  static final Path ROOT = Path.of(System.getProperty("courtsearch.root", "..")).toAbsolutePath().normalize();
  public static final String BASE_IMAGE = System.getProperty("courtsearch.it.base-image", "local/debian-jre17:bookworm");
  static final String IMAGE = "courtsearch/elasticsearch-local:it";

  private NodeContainer() {}

  /**
   * Why containers cannot run here (no engine, no base image, no node distribution), or empty when
   * they can. Asked of the {@code docker} command before Testcontainers is touched: its start-up
   * checks run the base image, and would wait minutes pulling one that is not there.
   */
  public static Optional<String> unavailable() {
    if (!Files.isDirectory(ROOT.resolve("es-node/target/es-home/lib"))) {
      return Optional.of("no node distribution in es-node/target/es-home (mvn -DskipTests install builds it)");
    }
    if (docker("info") != 0) {
      return Optional.of("no Docker engine reachable (start dockerd, see README, \"Tests against a container\")");
    }
    if (docker("image", "inspect", BASE_IMAGE) != 0) {
      return Optional.of("no base image " + BASE_IMAGE + " (docker/base-image.sh builds it)");
    }
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return Optional.of("Testcontainers cannot reach the Docker engine");
    }
    return Optional.empty();
  }

  /** The exit code of a {@code docker} command (127 where there is no such command). */
  private static int docker(String... args) {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return 124;
      }
      return p.exitValue();
    } catch (IOException e) {
      return 127;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /** A started node container answering on its mapped port 9200; the caller stops it. */
  @SuppressWarnings("resource") // returned started: the caller closes it
  public static GenericContainer<?> start() {
    unavailable().ifPresent(reason -> {
      throw new IllegalStateException("cannot run the node in a container: " + reason);
    });
    ImageFromDockerfile image = new ImageFromDockerfile(IMAGE, false)
        .withFileFromPath("es-node/target/es-home", ROOT.resolve("es-node/target/es-home"))
        .withFileFromPath("docker/elasticsearch-local", ROOT.resolve("docker/elasticsearch-local"))
        .withDockerfilePath("docker/elasticsearch-local/Dockerfile")
        .withBuildArg("BASE_IMAGE", BASE_IMAGE);
    GenericContainer<?> node = new GenericContainer<>(image)
        .withExposedPorts(9200)
        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
        .withEnv("cluster.name", "courtsearch-it")
        .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow&timeout=5s").forStatusCode(200)
            .withStartupTimeout(Duration.ofMinutes(3)));
    node.start();
    return node;
  }
}
