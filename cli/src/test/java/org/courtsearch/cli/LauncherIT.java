package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.courtsearch.node.TestCluster;
import org.courtsearch.testkit.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./courtsearch} launcher's class-data sharing, run as a user runs it: the first index
 * run after a build writes the archive, the next maps its classes from it, a newer build throws it
 * away, and {@code COURTSEARCH_CDS=off} runs without.
 */
class LauncherIT {
  static final Path ROOT = Path.of(System.getProperty("courtsearch.root", "..")).toAbsolutePath().normalize();
  static final Path JAR = ROOT.resolve("cli/target/courtsearch-cli.jar");
  static final Path ARCHIVE = ROOT.resolve("cli/target/courtsearch-classes.jsa");

  record Run(int code, String output) {}

  @Test
  void theFirstIndexRunWritesTheArchiveAndTheNextMapsItsClasses(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    new CorpusGenerator(corpus, 3, false).generate(12);
    Files.deleteIfExists(ARCHIVE);
    String url = TestCluster.get().state().url().toString();
    String alias = TestCluster.uniqueName("launcher");

    Run first = launch(dir, Map.of(), "--home", dir.toString(), "--es-url", url, "--index", alias, "index", "--no-progress",
        corpus.toString());
    assertEquals(0, first.code(), first.output());
    assertTrue(first.output().contains("12 indexed as 12 decisions"), first.output());
    assertTrue(Files.isRegularFile(ARCHIVE), "the first index run leaves the archive: " + first.output());
    try (var left = Files.list(ARCHIVE.getParent())) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no half-written archive is left");
    }

    Path classes = dir.resolve("classes.log");
    Run second = launch(dir, Map.of("COURTSEARCH_JAVA_OPTS", "-Xmx1g -Xlog:class+load:file=" + classes), "--home", dir.toString(),
        "--es-url", url, "--index", alias, "index", "--no-progress", corpus.toString());
    assertEquals(0, second.code(), second.output());
    assertTrue(second.output().contains("12 unchanged"), second.output());
    long shared = Files.readAllLines(classes).stream().filter(l -> l.contains("shared objects file (top)")).count();
    assertTrue(shared > 1000, "the classes of Tika and the client come from the archive: " + shared);
    assertFalse(second.output().contains("cds"), "the JVM says nothing of the archive: " + second.output());

    Run off = launch(dir, Map.of("COURTSEARCH_CDS", "off", "COURTSEARCH_JAVA_OPTS", "-Xmx1g -Xlog:class+load:file=" + classes),
        "--version");
    assertEquals(0, off.code(), off.output());
    assertTrue(Files.readAllLines(classes).stream().noneMatch(l -> l.contains("shared objects file (top)")), "off: no archive");

    // a newer build: the archive was made for the old one and goes
    Files.setLastModifiedTime(JAR, FileTime.from(Instant.now().plusSeconds(2)));
    Run rebuilt = launch(dir, Map.of(), "--version");
    assertEquals(0, rebuilt.code(), rebuilt.output());
    assertFalse(Files.exists(ARCHIVE), "an archive older than the jar is removed");
  }

  /** The JVM an index run gets: the parallel collector and the compiler's thresholds raised, unless the user named their own. */
  @Test
  void anIndexRunGetsTheBatchCollectorAndCompilerThresholds(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-folder");
    Run index = launch(dir, Map.of("COURTSEARCH_CDS", "off", "COURTSEARCH_JAVA_OPTS", "-Xmx1g -XX:+PrintFlagsFinal"),
        "--home", dir.toString(), "index", missing.toString());
    assertEquals("5.000000", flag(index.output(), "CompileThresholdScaling"));
    assertEquals("true", flag(index.output(), "UseParallelGC"));

    Run own = launch(dir, Map.of("COURTSEARCH_CDS", "off", "COURTSEARCH_JAVA_OPTS",
        "-Xmx1g -XX:+PrintFlagsFinal -XX:CompileThresholdScaling=2 -XX:+UseSerialGC"), "--home", dir.toString(), "index", missing.toString());
    assertEquals("2.000000", flag(own.output(), "CompileThresholdScaling"));
    assertEquals("true", flag(own.output(), "UseSerialGC"));

    Run other = launch(dir, Map.of("COURTSEARCH_CDS", "off", "COURTSEARCH_JAVA_OPTS", "-Xmx1g -XX:+PrintFlagsFinal"), "--version");
    assertEquals("1.000000", flag(other.output(), "CompileThresholdScaling"), "other commands keep the JVM's own thresholds");
    assertEquals("true", flag(other.output(), "UseG1GC"));
  }

  /** A flag's value as {@code -XX:+PrintFlagsFinal} prints it. */
  static String flag(String output, String name) {
    return output.lines().map(String::trim).filter(l -> l.matches("\\S+\\s+" + name + "\\s+=.*")).findFirst()
        .map(l -> l.replaceAll(".*=\\s*(\\S+).*", "$1")).orElseThrow(() -> new AssertionError("no " + name + " in the flags"));
  }

  static Run launch(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("courtsearch").toString()));
    command.addAll(List.of(args));
    Path log = dir.resolve("launch-" + System.nanoTime() + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("COURTSEARCH_CDS");
    pb.environment().remove("COURTSEARCH_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish: " + Files.readString(log));
    }
    return new Run(p.exitValue(), Files.readString(log));
  }
}
