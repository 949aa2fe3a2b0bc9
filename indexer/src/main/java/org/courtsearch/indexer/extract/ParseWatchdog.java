package org.courtsearch.indexer.extract;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a parse past its time limit really ends. The extractor first interrupts it, which
 * stops a parser waiting on I/O or a process (Tesseract); a parser spinning in a loop ignores
 * interruption and would hold a core to the end of the run, so after a grace period this stops
 * its thread outright.
 *
 * <p>Why a watchdog and not a process: forking a JVM per file costs about half a second of
 * start-up on these machines — more than most files take to parse — and Tika's pipes mode
 * needs a server of its own with its own configuration and classpath. Only parsers that ignore
 * interruption reach the stop, and the shared parser keeps no per-file state, so the risk of
 * stopping a thread is smaller than a runaway one. Java 17 still stops threads; a later Java
 * refuses, and then the thread is left running with a warning and a count.
 */
final class ParseWatchdog {
  private static final Logger log = LoggerFactory.getLogger(ParseWatchdog.class);
  /** How long an interrupted parse may take to wind down before its thread is stopped. */
  static final long GRACE_MILLIS = 2000;
  private static final AtomicLong STOPPED = new AtomicLong();
  private static final AtomicLong LEFT_RUNNING = new AtomicLong();
  private static final ExecutorService WATCH = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "parse-watchdog");
    t.setDaemon(true);
    return t;
  });

  private ParseWatchdog() {}

  /** After the grace period, stops the parse of {@code path} if its thread still runs it. */
  static void stopIfStillRunning(AtomicReference<Thread> runner, String path) {
    WATCH.execute(() -> {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
      while (runner.get() != null && System.nanoTime() < deadline) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      synchronized (runner) { // so that the thread cannot move on to the next file meanwhile
        Thread thread = runner.get();
        if (thread == null) {
          return;
        }
        try {
          stop(thread);
          STOPPED.incrementAndGet();
          log.warn("stopped the parser of {}: it ignored its time limit and interruption", path);
        } catch (UnsupportedOperationException e) {
          LEFT_RUNNING.incrementAndGet();
          log.warn("the parser of {} ignores its time limit and this Java cannot stop it: it keeps a core busy until the run ends",
              path);
        }
      }
    });
  }

  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread thread) {
    thread.stop();
  }

  /** Parses stopped so far in this process. */
  static long stopped() {
    return STOPPED.get();
  }
}
