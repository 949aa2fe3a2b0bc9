package org.courtsearch.node;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.es.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Elasticsearch node: one background JVM per data folder, shared by every
 * courtsearch command that uses that folder.
 *
 * <p>The first command that needs the node starts it ({@link #ensureRunning}); the node writes
 * {@code node.json} (pid, port) when it answers HTTP, and later commands reuse it. Starting is
 * serialised by a file lock, so two commands never launch two nodes on one folder (Elasticsearch
 * would refuse the second anyway: it locks its data path). A state file left by a crash names a
 * dead pid and is discarded. The node runs in its own session, so Ctrl-C on the command that
 * started it does not stop it; {@link #stop} does.
 */
public final class EmbeddedNode {
  /** Main class of the node JVM, in es-node. */
  public static final String MAIN_CLASS = "org.courtsearch.esnode.NodeMain";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedNode.class);
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private final Path dir;
  private final Path distribution;
  private final String heap;
  private final String httpPorts;
  /** For a member of a local cluster: its name, transport port, seeds and initial masters (see NodeMain). */
  private final List<String> clusterArgs;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * @param dir the node's folder: data/, logs/, node.json
   * @param distribution the Elasticsearch home built by es-node (lib/, modules/)
   */
  public EmbeddedNode(Path dir, Path distribution, String heap, String httpPorts) {
    this(dir, distribution, heap, httpPorts, List.of());
  }

  /** @param clusterArgs the NodeMain arguments that make the node a member of a local cluster */
  EmbeddedNode(Path dir, Path distribution, String heap, String httpPorts, List<String> clusterArgs) {
    this.dir = dir.toAbsolutePath().normalize();
    this.distribution = distribution.toAbsolutePath().normalize();
    this.heap = heap;
    this.httpPorts = httpPorts;
    this.clusterArgs = List.copyOf(clusterArgs);
  }

  public static EmbeddedNode forConfig(Config config) {
    return new EmbeddedNode(config.nodeDir(), NodeDistribution.locate(), config.esHeap(), config.esHttpPorts());
  }

  public Path dir() {
    return dir;
  }

  public Path stateFile() {
    return dir.resolve("node.json");
  }

  public Path logFile() {
    return dir.resolve("logs").resolve("node.out");
  }

  /** The node, if one is running for this folder and answers HTTP. */
  public Optional<NodeState> running() {
    Optional<NodeState> state = readState();
    if (state.isEmpty()) {
      return Optional.empty();
    }
    NodeState s = state.get();
    if (!isNodeProcess(s.pid())) {
      return Optional.empty();
    }
    return answers(s.url()) ? state : Optional.empty();
  }

  /** Returns the running node, starting one first if needed. */
  public NodeState ensureRunning(Duration timeout) {
    return ensureRunning(timeout, Optional.empty());
  }

  /**
   * @param exitWith a process whose end stops the node (tests pass their own pid so no node outlives them)
   */
  public NodeState ensureRunning(Duration timeout, Optional<Long> exitWith) {
    IN_PROCESS.lock();
    try {
      Files.createDirectories(dir.resolve("logs"));
      try (FileChannel channel = FileChannel.open(dir.resolve("launch.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
           FileLock ignored = channel.lock()) {
        Optional<NodeState> state = readState();
        if (state.isPresent() && isNodeProcess(state.get().pid())) {
          NodeState s = state.get();
          if (awaitAnswer(s.url(), Duration.ofSeconds(30))) {
            warnIfOlderBuild(s);
            return s;
          }
          throw new NodeStartException("The embedded node (pid " + s.pid() + ") is running but does not answer on "
              + s.url() + ". See " + logFile() + "; stop it with `./courtsearch node stop`.");
        }
        if (state.isPresent()) {
          log.info("discarding the state of a node that is gone (pid {})", state.get().pid());
          Files.deleteIfExists(stateFile());
        }
        return start(timeout, exitWith);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use " + dir, e);
    } finally {
      IN_PROCESS.unlock();
    }
  }

  private NodeState start(Duration timeout, Optional<Long> exitWith) throws IOException {
    NodeDistribution.check(distribution);
    Files.createDirectories(dir.resolve("tmp"));
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid"); // own session: the terminal's Ctrl-C stays with the command
    }
    command.addAll(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms" + heap, "-Xmx" + heap,
        "-XX:+UseG1GC",
        "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + dir.resolve("logs"),
        "-Djava.io.tmpdir=" + dir.resolve("tmp"),
        "-Dfile.encoding=UTF-8",
        "-Dlog4j2.formatMsgNoLookups=true",
        "-Dio.netty.allocator.numDirectArenas=0",
        "-cp", distribution.resolve("lib") + "/*",
        MAIN_CLASS,
        "--home", distribution.toString(),
        "--data", dir.toString(),
        "--state-file", stateFile().toString(),
        "--http-port", httpPorts));
    command.addAll(clusterArgs);
    exitWith.ifPresent(pid -> command.addAll(List.of("--exit-with", Long.toString(pid))));
    log.info("starting the embedded Elasticsearch node in {} (heap {})", dir, heap);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<NodeState> state = readState();
      if (state.isPresent() && answers(state.get().url())) {
        Files.writeString(buildFile(), buildStamp());
        log.info("embedded node ready on {} after {} ms", state.get().url(), state.get().startMillis());
        return state.get();
      }
      if (!process.isAlive()) {
        throw new NodeStartException("The embedded Elasticsearch node exited with code " + process.exitValue()
            + " while starting. Last lines of " + logFile() + ":\n" + tail(logFile(), 25));
      }
      sleep(200);
    }
    process.destroy();
    throw new NodeStartException("The embedded Elasticsearch node did not start within " + timeout.toSeconds()
        + " s. Last lines of " + logFile() + ":\n" + tail(logFile(), 25));
  }

  /**
   * A running node keeps the plugins it loaded; after courtsearch is rebuilt (a new analysis
   * plugin, say a new morphology), it must be restarted to load them. The stamp of the
   * distribution a node was started from is kept beside its state.
   */
  private void warnIfOlderBuild(NodeState s) {
    try {
      String started = Files.exists(buildFile()) ? Files.readString(buildFile()) : "";
      if (!started.equals(buildStamp())) {
        log.warn("The embedded node (pid {}) runs an older build of courtsearch's Elasticsearch modules than {}: "
            + "new analysis settings may be refused or ignored. Restart it: ./courtsearch node stop", s.pid(), distribution);
      }
    } catch (IOException e) {
      log.debug("cannot compare the node's build", e);
    }
  }

  private Path buildFile() {
    return dir.resolve("build.stamp");
  }

  /** Names, sizes and times of the distribution's module files: changes when a module is rebuilt. */
  String buildStamp() throws IOException {
    StringBuilder b = new StringBuilder();
    try (var files = Files.walk(distribution.resolve("modules"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        b.append(distribution.relativize(f)).append(' ').append(Files.size(f)).append(' ')
            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
      }
    }
    return Integer.toHexString(b.toString().hashCode()) + "\n";
  }

  /** Stops the node of this folder; false when none was running. */
  public boolean stop(Duration timeout) {
    Optional<NodeState> state = readState();
    if (state.isEmpty()) {
      return false;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(state.get().pid()).filter(h -> isNodeProcess(h.pid()));
    if (handle.isEmpty()) {
      deleteState();
      return false;
    }
    ProcessHandle p = handle.get();
    p.destroy();
    try {
      p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("the node did not stop within {} s: killing it", timeout.toSeconds());
      p.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    deleteState();
    return true;
  }

  private void deleteState() {
    try {
      Files.deleteIfExists(stateFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<NodeState> readState() {
    Path file = stateFile();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(file.toFile(), NodeState.class));
    } catch (IOException e) {
      log.warn("ignoring an unreadable node state file {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** A live process that is our node's JVM (a pid from a crashed node may have been reused). */
  private static boolean isNodeProcess(long pid) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(h -> h.info().commandLine().map(c -> c.contains(MAIN_CLASS)).orElse(true))
        .orElse(false);
  }

  private boolean awaitAnswer(URI url, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    do {
      if (answers(url)) {
        return true;
      }
      sleep(250);
    } while (System.nanoTime() < deadline);
    return false;
  }

  private boolean answers(URI url) {
    try {
      HttpResponse<Void> response = http.send(
          HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeStartException("interrupted while waiting for the node", e);
    }
  }
}
