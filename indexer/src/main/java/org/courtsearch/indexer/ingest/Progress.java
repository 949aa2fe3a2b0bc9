package org.courtsearch.indexer.ingest;

import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Files done of the total, with rate, ETA and problems so far: a bar on a terminal, log lines elsewhere. */
final class Progress implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Progress.class);

  private final ProgressBar bar;
  private final long total;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long lastLog = System.nanoTime();

  Progress(long total, boolean terminal) {
    this.total = total;
    this.bar = terminal ? new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(total).setUnit(" files", 1)
        .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build() : null;
  }

  void step(long problems) {
    long n = done.incrementAndGet();
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(problems == 0 ? "" : problems + " skipped/failed");
      return;
    }
    long now = System.nanoTime();
    if (now - lastLog > 10_000_000_000L || n == total) {
      lastLog = now;
      double seconds = (now - started) / 1e9;
      double rate = n / Math.max(seconds, 0.001);
      long eta = rate > 0 ? (long) ((total - n) / rate) : -1;
      log.info("{}/{} files, {} files/s, ETA {} s, {} skipped or failed", n, total, String.format("%.0f", rate), eta, problems);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
