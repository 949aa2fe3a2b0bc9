package org.courtsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.mime.MediaType;

/**
 * The type the indexer has already detected, passed to Tika's parser so that it does not detect
 * it again: a DOCX or ODT was detected three times (the file, its bytes, then inside the parser),
 * each time opening its ZIP container — a quarter of the indexer's time on office files.
 * Embedded documents carry no such type and are detected as usual.
 */
final class KnownType implements Detector {
  static final Property TYPE = Property.internalText("courtsearch:detected-type");
  private final Detector detector;

  KnownType(Detector detector) {
    this.detector = detector;
  }

  /** The detector asked when the type is not known. */
  Detector detector() {
    return detector;
  }

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    String known = metadata.get(TYPE);
    return known != null ? MediaType.parse(known) : detector.detect(input, metadata);
  }
}
