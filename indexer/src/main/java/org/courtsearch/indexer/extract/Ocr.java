package org.courtsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether scans can be read here: Tesseract on the path with its Russian model (Debian's
 * {@code tesseract-ocr} and {@code tesseract-ocr-rus}). Asked once per process; without it,
 * scans are skipped with one warning and counted, never a failed run.
 */
public final class Ocr {
  private static final Logger log = LoggerFactory.getLogger(Ocr.class);
  /** The languages recognised: decisions are Russian, with Latin names and codes in them. */
  public static final String LANGUAGES = "rus+eng";
  private static volatile Boolean available;

  private Ocr() {}

  public static boolean available() {
    Boolean a = available;
    if (a == null) {
      a = probe();
      available = a;
    }
    return a;
  }

  private static boolean probe() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      boolean rus = out.lines().anyMatch(l -> l.strip().equals("rus"));
      if (!rus) {
        log.warn("Tesseract has no Russian model: scans are skipped (install tesseract-ocr-rus)");
      }
      return rus;
    } catch (IOException e) {
      log.info("no Tesseract on this machine: scans without a text layer are skipped (install tesseract-ocr tesseract-ocr-rus)");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
