package org.courtsearch.search.original;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.courtsearch.core.decision.Decision;

/**
 * Reads a decision's original bytes from a path the index recorded: a file, or an entry
 * inside an archive ({@code archive.zip!/inner.rtf}, nested archives too). Only indexed paths
 * reach here, never a path from a request, so there is nothing to traverse.
 */
public final class OriginalFiles {
  /** The largest original served or zipped: a scanned case file can be large, a runaway one is refused. */
  public static final long MAX_BYTES = 512L << 20;

  private OriginalFiles() {}

  /** A decision's original file, from the first recorded path that still exists. */
  public static Optional<byte[]> of(Decision d) {
    List<String> paths = d.filePaths() == null || d.filePaths().isEmpty() ? List.of(d.filePath()) : d.filePaths();
    try {
      return read(paths, MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first of the recorded paths that still exists, as bytes; empty when none does. */
  public static Optional<byte[]> read(List<String> recordedPaths, long maxBytes) throws IOException {
    for (String recorded : recordedPaths) {
      String path = recorded.replaceFirst("#\\d+$", "");
      String[] parts = path.split("!/");
      Path file = Path.of(parts[0]);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      if (parts.length == 1) {
        if (Files.size(file) > maxBytes) {
          throw new IOException("the original is larger than " + (maxBytes >> 20) + " MiB");
        }
        return Optional.of(Files.readAllBytes(file));
      }
      byte[] current = null;
      for (int i = 1; i < parts.length; i++) {
        String container = i == 1 ? parts[0] : parts[i - 1];
        byte[] bytes = i == 1 ? null : current;
        current = entry(i == 1 ? file : null, bytes, container, parts[i], maxBytes);
        if (current == null) {
          break;
        }
      }
      if (current != null) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  private static byte[] entry(Path file, byte[] bytes, String containerName, String entryName, long maxBytes) throws IOException {
    String name = containerName.toLowerCase();
    if (name.endsWith(".7z")) {
      SevenZFile.Builder builder = SevenZFile.builder();
      if (file != null) {
        builder.setFile(file.toFile());
      } else {
        builder.setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes));
      }
      try (SevenZFile seven = builder.get()) {
        SevenZArchiveEntry e;
        while ((e = seven.getNextEntry()) != null) {
          if (e.getName().equals(entryName)) {
            return readBounded(seven.getInputStream(e), maxBytes);
          }
        }
      }
      return null;
    }
    InputStream raw = file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    try (InputStream in = raw; ArchiveInputStream<? extends ArchiveEntry> archive = open(name, in)) {
      ArchiveEntry e;
      while ((e = archive.getNextEntry()) != null) {
        if (e.getName().equals(entryName)) {
          return readBounded(archive, maxBytes);
        }
      }
    }
    return null;
  }

  private static ArchiveInputStream<? extends ArchiveEntry> open(String name, InputStream in) throws IOException {
    if (name.endsWith(".tar")) {
      return new TarArchiveInputStream(in);
    }
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return new TarArchiveInputStream(new GzipCompressorInputStream(in));
    }
    return new ZipArchiveInputStream(in, "UTF-8", true, true);
  }

  private static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new IOException("the original is larger than " + (maxBytes >> 20) + " MiB");
    }
    return bytes;
  }
}
