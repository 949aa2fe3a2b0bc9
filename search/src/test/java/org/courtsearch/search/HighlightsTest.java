package org.courtsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HighlightsTest {
  static final String P = Highlights.PRE;
  static final String Q = Highlights.POST;

  @Test
  void documentTextIsEscapedAndOnlyOurMarksBecomeTags() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <mark>суд</mark> &amp; &quot;x&quot;",
        Highlights.toHtml("<script>alert(1)</script> " + P + "суд" + Q + " & \"x\""));
  }

  @Test
  void marksCutByTheFragmentBoundaryStayBalanced() {
    assertEquals("совершил <mark>самовольное</mark>", Highlights.toHtml("совершил " + P + "самовольное"));
    assertEquals("<mark>оставление</mark> части", Highlights.toHtml("оставление" + Q + " части"));
  }

  @Test
  void anchorsNumberEveryMatch() {
    assertEquals("<mark id=\"m1\">а</mark> б <mark id=\"m2\">в</mark>", Highlights.toHtmlWithAnchors(P + "а" + Q + " б " + P + "в" + Q));
    assertEquals(2, Highlights.count(P + "а" + Q + " б " + P + "в" + Q));
  }
}
