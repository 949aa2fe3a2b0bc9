package org.courtsearch.indexer.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;

/**
 * Embedded documents are read as Tika reads them, except pictures: the thumbnail LibreOffice puts
 * in every ODT, a court's coat of arms in a DOCX. With Tesseract installed Tika would recognise
 * each of them (about a second a file) and append what it read to the decision's text, marking a
 * typed decision as recognised. A PDF's pages are not embedded documents: a page without text is
 * still recognised. An office file whose only content is a picture is read again with pictures
 * (see {@link DocumentExtractor}).
 */
final class NoEmbeddedImages extends ParsingEmbeddedDocumentExtractor {
  private static final Pattern IMAGE_NAME = Pattern.compile(".*\\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|jp2|pcx|pict?)$");

  NoEmbeddedImages(ParseContext context) {
    super(context);
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
    String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)).toLowerCase(Locale.ROOT);
    if (type.startsWith("image/") || IMAGE_NAME.matcher(name).matches()) {
      return false;
    }
    return super.shouldParseEmbedded(metadata);
  }
}
