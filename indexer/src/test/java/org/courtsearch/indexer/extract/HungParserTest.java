package org.courtsearch.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

/** A parser that never returns costs one file: the run moves on, and its thread is really stopped. */
class HungParserTest {
  static final MediaType RTF = MediaType.application("rtf");
  static final CountDownLatch ended = new CountDownLatch(1);
  static final AtomicLong spins = new AtomicLong();

  /** Spins on the CPU and ignores interruption, as a parser caught in a loop on a malformed file does. */
  static final class Spinning extends AbstractParser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(RTF);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
      try {
        while (true) {
          spins.incrementAndGet();
        }
      } finally {
        ended.countDown();
      }
    }
  }

  @Test
  void aParserThatNeverReturnsCostsOneFile() throws Exception {
    ExtractionLimits limits = new ExtractionLimits(1 << 20, 100_000, Duration.ofSeconds(1), 10, 1 << 20, 2);
    try (DocumentExtractor extractor = new DocumentExtractor(limits, false, new AutoDetectParser(new Spinning()))) {
      byte[] rtf = "{\\rtf1\\ansi hung}".getBytes(StandardCharsets.US_ASCII);
      long t0 = System.nanoTime();
      ExtractResult r = extractor.extract(Source.of("hung.rtf", rtf));
      assertEquals(SkipReason.TIMEOUT, assertInstanceOf(ExtractResult.Skipped.class, r).reason());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "the run waited only the time limit");
      assertTrue(ended.await(ParseWatchdog.GRACE_MILLIS + 5000, TimeUnit.MILLISECONDS), "the spinning parser was stopped");
      long after = spins.get();
      Thread.sleep(200);
      assertEquals(after, spins.get(), "nothing spins any more");
      // and the next file is read as usual
      ExtractResult next = extractor.extract(Source.of("next.txt", "Дело № 1-1/2024\nПРИГОВОР".getBytes(StandardCharsets.UTF_8)));
      assertInstanceOf(ExtractResult.Extracted.class, next);
    }
  }
}
