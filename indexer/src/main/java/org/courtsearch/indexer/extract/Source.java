package org.courtsearch.indexer.extract;

/**
 * One input to extract: a file's bytes, or an archive entry's.
 *
 * @param path where it is: a file path, or {@code archive.zip!/inner.rtf} inside an archive
 * @param fileName the last part of the path, which also helps the type detector
 */
public record Source(String path, String fileName, byte[] bytes) {
  public static Source of(String path, byte[] bytes) {
    int bang = path.lastIndexOf("!/");
    String inner = bang >= 0 ? path.substring(bang + 2) : path;
    int slash = Math.max(inner.lastIndexOf('/'), inner.lastIndexOf('\\'));
    return new Source(path, inner.substring(slash + 1), bytes);
  }
}
