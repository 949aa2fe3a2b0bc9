package org.courtsearch.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.workbench.SavedSearch;
import org.courtsearch.core.workbench.Workbench;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.workbench.WhatsNew;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Print what is new for each saved search since the last watch: how many decisions were indexed "
        + "after it, and the newest of them with their links. For cron after an index run.",
        "The watch keeps its own mark: the site's «new since you last looked» is not touched.",
        "Exit code 0 when it ran (new or not), 2 when it could not."})
final class WatchCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Option(names = "--list", defaultValue = "10", paramLabel = "N", description = "new decisions listed per saved search (default 10)")
  int list;

  @Option(names = "--site", defaultValue = "", paramLabel = "URL",
      description = "the site's address for the links, e.g. https://courtsearch.example.org (default: paths only)")
  String site;

  @Option(names = "--dry-run", description = "print without moving the watch's mark")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Config config = top.config();
    PrintWriter out = spec.commandLine().getOut();
    String base = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
    try (Cluster cluster = Cluster.connect(config)) {
      Workbench workbench = new Workbench(cluster.client, config.index());
      WhatsNew news = new WhatsNew(DecisionIndex.of(cluster.client, config.index()));
      List<SavedSearch> saved = workbench.all();
      if (saved.isEmpty()) {
        out.println("no saved searches: save one on the site (the «Сохранить поиск» button)");
        return 0;
      }
      Instant now = Instant.now();
      long total = 0;
      for (WhatsNew.Count c : news.count(saved, true)) {
        SavedSearch s = c.search();
        if (c.error() != null) {
          out.printf("%s: cannot run: %s%n", s.name(), c.error());
          continue;
        }
        out.printf("%s: %d new since %s — %s%s%n", s.name(), c.count(), c.since(), base, s.path());
        if (c.count() > 0) {
          total += c.count();
          for (Decision d : news.newSince(s, c.since(), list)) {
            out.printf("  %s  %s  %s%s  %s/decisions/%s%n", d.decisionDate() == null ? "----------" : d.decisionDate(),
                d.court() == null ? "суд не определён" : d.court(), d.caseNumber() == null ? "" : "№ " + d.caseNumber() + "  ",
                d.title() == null ? "" : d.title(), base, d.docId());
          }
          if (c.count() > list) {
            out.printf("  … and %d more%n", c.count() - list);
          }
        }
        if (!dryRun) {
          workbench.markWatched(s, now);
        }
      }
      out.printf("%d new in all%n", total);
      out.flush();
      return 0;
    }
  }
}
