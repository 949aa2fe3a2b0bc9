package org.courtsearch.web.workbench;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.workbench.SavedSearch;
import org.courtsearch.web.page.Labels;

/** A saved search as an Atom feed (RFC 4287): any feed reader becomes its alert channel. */
final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  static byte[] write(SavedSearch s, List<Decision> latest, String base) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      text(x, "id", "urn:courtsearch:saved:" + s.id());
      text(x, "title", "courtsearch: " + s.name());
      Instant updated = latest.isEmpty() || latest.get(0).indexedAt() == null ? s.createdAt() : latest.get(0).indexedAt();
      text(x, "updated", updated.toString());
      link(x, base + s.path(), "alternate");
      link(x, base + "/feeds/" + s.id() + ".atom", "self");
      x.writeStartElement("author");
      text(x, "name", "courtsearch");
      x.writeEndElement();
      for (Decision d : latest) {
        x.writeStartElement("entry");
        text(x, "id", "urn:courtsearch:decision:" + d.docId());
        text(x, "title", d.title() == null ? d.docId() : d.title());
        text(x, "updated", (d.indexedAt() == null ? updated : d.indexedAt()).toString());
        link(x, base + "/decisions/" + d.docId(), "alternate");
        text(x, "summary", summary(d));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
    return out.toByteArray();
  }

  private static String summary(Decision d) {
    StringBuilder b = new StringBuilder();
    b.append(d.court() == null ? "суд не определён" : d.court());
    b.append(", ").append(Labels.date(d.decisionDate()));
    if (d.caseNumber() != null) {
      b.append(", дело № ").append(d.caseNumber());
    }
    if (d.articles() != null && !d.articles().isEmpty()) {
      b.append(", ").append(String.join(", ", d.articles()));
    }
    return b.toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ")); // XML 1.0 has no place for control characters
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
