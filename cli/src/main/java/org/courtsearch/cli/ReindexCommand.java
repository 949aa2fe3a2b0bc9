package org.courtsearch.cli;

import java.util.concurrent.Callable;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Build a new version of the index from the current mapping (mappings/decisions.json), copy every "
        + "decision into it, and move the alias to it in one atomic step: a mapping change without downtime.",
        "Run it while no `index` run is writing; searches keep working throughout."})
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Option(names = "--delete-old", description = "Delete the previous version after the swap (default: keep it)")
  boolean deleteOld;

  @Override
  public Integer call() throws Exception {
    Config config = top.config();
    try (Cluster cluster = Cluster.connect(config)) {
      IndexAdmin admin = new IndexAdmin(cluster.client);
      String alias = config.index();
      String current = admin.concreteIndex(alias).orElseThrow(() ->
          new IllegalArgumentException("there is no index behind '" + alias + "' yet: run `courtsearch index` first"));
      String next = admin.nextVersion(alias);
      admin.create(next, null, IndexContract.DECISIONS, config.shards(), config.replicas(), admin.detectAnalysis(),
          config.morphology());
      long copied = admin.copyAll(current, next);
      long before = cluster.client.count(c -> c.index(current)).count();
      if (copied != before) {
        throw new IllegalStateException("copied " + copied + " of " + before + " decisions; the alias stays on " + current);
      }
      admin.swapAlias(alias, current, next);
      spec.commandLine().getOut().printf("reindexed %d decisions: %s → %s; alias %s now points at %s%n",
          copied, current, next, alias, next);
      if (deleteOld) {
        cluster.client.indices().delete(d -> d.index(current));
        spec.commandLine().getOut().println("deleted " + current);
      }
      return 0;
    }
  }
}
