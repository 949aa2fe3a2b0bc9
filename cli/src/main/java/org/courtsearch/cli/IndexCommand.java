package org.courtsearch.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigException;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.sidecar.CaseCards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract and index the court decisions in folders (HTML, DOC, DOCX, RTF, PDF, ODT, TXT, ZIP/7z).")
final class IndexCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files to index")
  List<Path> roots;

  @Option(names = "--metadata", paramLabel = "FILE", description = "Case cards (CSV or JSON Lines) that supply or override metadata")
  Path metadata;

  @Option(names = "--prune", description = "Remove decisions whose files are gone")
  boolean prune;

  @Option(names = "--threads", description = "Extraction threads (default: all cores)")
  Integer threads;

  @Option(names = "--no-progress", description = "Log lines instead of a progress bar")
  boolean noProgress;

  @Option(names = "--max-file-mb", description = "Skip files larger than this (default 100)")
  Integer maxFileMb;

  @Option(names = "--max-chars", description = "Cut texts longer than this, with a warning (default 2,000,000)")
  Integer maxChars;

  @Option(names = "--timeout-seconds", description = "Skip a file whose extraction takes longer (default 60)")
  Integer timeoutSeconds;

  @Override
  public Integer call() {
    Config config = top.config();
    RunReport report = run(config, roots, metadata, prune, threads, !noProgress && System.console() != null, limits());
    spec.commandLine().getOut().println("courtsearch index: " + report.summary());
    spec.commandLine().getOut().println("report: " + config.home().resolve("runs").resolve("last-index.json"));
    return report.completed() ? 0 : 3;
  }

  private ExtractionLimits limits() {
    ExtractionLimits d = ExtractionLimits.defaults();
    return new ExtractionLimits(
        maxFileMb == null ? d.maxFileBytes() : (long) maxFileMb << 20,
        maxChars == null ? d.maxChars() : maxChars,
        timeoutSeconds == null ? d.timeout() : Duration.ofSeconds(timeoutSeconds),
        d.maxArchiveEntries(), d.maxArchiveBytes(), d.maxArchiveDepth());
  }

  static RunReport run(Config config, List<Path> roots, Path metadata, boolean prune, Integer threads, boolean progress,
      ExtractionLimits limits) {
    // the user's courts over the bundled registry, before anything reads a court
    try {
      CourtDirectory.useUserTable(config.courtsFile());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigException(ConfigLoader.COURTS_FILE + ": " + e.getMessage());
    }
    CaseCards cards = metadata == null ? CaseCards.empty() : CaseCards.load(metadata);
    Set<Path> exclude = new HashSet<>();
    if (metadata != null) {
      exclude.add(metadata.toAbsolutePath().normalize());
    }
    // Tika's parsers start loading before the connection is made: the two overlap
    try (DocumentExtractor extractor = new DocumentExtractor(limits); Cluster cluster = Cluster.connect(config)) {
      IndexRun run = new IndexRun(cluster.client, config.index(), config.shards(), config.replicas(), config.morphology(), extractor,
          config.home().resolve("runs"));
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      return run.run(new IndexRun.Options(roots, cards, prune, n, progress, exclude));
    }
  }
}
