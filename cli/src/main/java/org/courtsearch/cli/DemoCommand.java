package org.courtsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.courtsearch.core.config.Config;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the bundled sample decisions (samples/) and serve the site, on the embedded node.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Config config = top.config();
    Path samples = Path.of(System.getProperty("courtsearch.root", "."), "samples");
    if (!Files.isDirectory(samples)) {
      spec.commandLine().getErr().println("courtsearch demo: no samples/ folder under " + samples.getParent().toAbsolutePath());
      return Courtsearch.CANNOT_PROCEED;
    }
    Path cards = samples.resolve("real-cases.jsonl");
    RunReport report = IndexCommand.run(config, List.of(samples.resolve("real"), samples.resolve("generated"), samples.resolve("cases")),
        Files.exists(cards) ? cards : null, true, null,
        System.console() != null, ExtractionLimits.defaults());
    spec.commandLine().getOut().println("courtsearch demo: " + report.summary());
    ServeCommand.serve(config, spec.commandLine().getOut());
    return 0;
  }
}
