package org.courtsearch.indexer.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.Set;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.tika.mime.MediaType;

/**
 * Reads the entries of ZIP, 7z and tar(.gz) archives one at a time, each as a {@link Source}
 * named {@code archive!/entry}, within the limits: entries, uncompressed bytes, entry size.
 * Only one entry is in memory at a time, so an archive of any size streams through.
 */
public final class Archives {
  public static final Set<String> TYPES = Set.of("application/zip", "application/x-7z-compressed", "application/x-tar",
      "application/gzip", "application/x-gzip", "application/x-gtar");

  private Archives() {}

  public static boolean isArchive(MediaType type) {
    return TYPES.contains(type.getBaseType().toString());
  }

  /** Receives each entry; an entry over the size limit arrives as {@code tooLarge} with no bytes. */
  public interface EntryVisitor {
    void entry(Source source) throws IOException;

    void tooLarge(String path, long size) throws IOException;
  }

  /** Thrown when an archive goes past the entry-count or byte limits: what was read so far stands. */
  public static final class LimitExceeded extends IOException {
    public LimitExceeded(String message) {
      super(message);
    }
  }

  public interface ChannelSupplier {
    SeekableByteChannel open() throws IOException;
  }

  public interface StreamSupplier {
    InputStream open() throws IOException;
  }

  /**
   * @param archivePath the name entries are prefixed with
   * @param stream the archive's bytes as a stream (zip, tar, tar.gz)
   * @param channel the archive's bytes with random access (7z needs it)
   */
  public static void forEach(String archivePath, MediaType type, StreamSupplier stream, ChannelSupplier channel,
      ExtractionLimits limits, EntryVisitor visitor) throws IOException {
    String base = type.getBaseType().toString();
    Budget budget = new Budget(limits);
    if (base.equals("application/x-7z-compressed")) {
      try (SevenZFile seven = SevenZFile.builder().setSeekableByteChannel(channel.open()).get()) {
        SevenZArchiveEntry e;
        while ((e = seven.getNextEntry()) != null) {
          if (!e.isDirectory()) {
            visit(archivePath, e, seven.getInputStream(e), limits, budget, visitor);
          }
        }
      }
      return;
    }
    try (InputStream raw = stream.open(); ArchiveInputStream<? extends ArchiveEntry> in = open(base, raw)) {
      ArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.isDirectory() && in.canReadEntryData(e)) {
          visit(archivePath, e, in, limits, budget, visitor);
        }
      }
    }
  }

  private static void visit(String archivePath, ArchiveEntry e, InputStream data, ExtractionLimits limits, Budget budget,
      EntryVisitor visitor) throws IOException {
    budget.entry();
    String path = archivePath + "!/" + e.getName();
    if (e.getSize() > limits.maxFileBytes()) {
      visitor.tooLarge(path, e.getSize());
      return;
    }
    byte[] bytes = read(data, limits, budget, path, visitor);
    if (bytes != null) {
      visitor.entry(Source.of(path, bytes));
    }
  }

  private static ArchiveInputStream<? extends ArchiveEntry> open(String base, InputStream raw) throws IOException {
    return switch (base) {
      case "application/zip" -> new ZipArchiveInputStream(raw, "UTF-8", true, true);
      case "application/x-tar" -> new TarArchiveInputStream(raw);
      default -> new TarArchiveInputStream(new GzipCompressorInputStream(raw));
    };
  }

  /** The entry's bytes, or null when it turned out larger than the limit (reported to the visitor). */
  private static byte[] read(InputStream in, ExtractionLimits limits, Budget budget, String path, EntryVisitor visitor)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      budget.bytes(n); // an oversized entry still counts: draining a bomb is bounded too
      if (total <= limits.maxFileBytes()) {
        out.write(buffer, 0, n);
      } else if (out.size() > 0) {
        out = new ByteArrayOutputStream();
      }
    }
    if (total > limits.maxFileBytes()) {
      visitor.tooLarge(path, total);
      return null;
    }
    return out.toByteArray();
  }

  private static final class Budget {
    private final ExtractionLimits limits;
    private int entries;
    private long bytes;

    Budget(ExtractionLimits limits) {
      this.limits = limits;
    }

    void entry() throws LimitExceeded {
      if (++entries > limits.maxArchiveEntries()) {
        throw new LimitExceeded("more than " + limits.maxArchiveEntries() + " entries");
      }
    }

    void bytes(long n) throws LimitExceeded {
      bytes += n;
      if (bytes > limits.maxArchiveBytes()) {
        throw new LimitExceeded("more than " + (limits.maxArchiveBytes() >> 20) + " MiB uncompressed (zip bomb?)");
      }
    }
  }
}
