package org.courtsearch.indexer.extract;

/** Why a file yielded no decision. Reported per file and counted in the run report. */
public enum SkipReason {
  EMPTY("empty file or no text"),
  ENCRYPTED("encrypted or password-protected"),
  CORRUPT("corrupt or unreadable"),
  UNSUPPORTED("format not supported"),
  TOO_LARGE("larger than the size limit"),
  TIMEOUT("extraction took longer than the time limit"),
  ARCHIVE_LIMIT("archive exceeds the entry, size or depth limits"),
  NEEDS_OCR("a scan without a text layer, and no OCR here (install tesseract-ocr and tesseract-ocr-rus)"),
  NOT_A_DECISION("no title, court or case number: does not read as a court decision"),
  FAILED("extraction failed");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
