package org.courtsearch.indexer.extract;

import org.apache.tika.mime.MediaType;

/**
 * One input to extract: a file's bytes, or an archive entry's.
 *
 * @param path where it is: a file path, or {@code archive.zip!/inner.rtf} inside an archive
 * @param fileName the last part of the path, which also helps the type detector
 * @param type its type where the caller has detected it already (null: the extractor detects it)
 */
public record Source(String path, String fileName, byte[] bytes, MediaType type) {
  public static Source of(String path, byte[] bytes) {
    int bang = path.lastIndexOf("!/");
    String inner = bang >= 0 ? path.substring(bang + 2) : path;
    int slash = Math.max(inner.lastIndexOf('/'), inner.lastIndexOf('\\'));
    return new Source(path, inner.substring(slash + 1), bytes, null);
  }

  /** The same bytes, of a type already detected. */
  public Source withType(MediaType detected) {
    return new Source(path, fileName, bytes, detected);
  }
}
