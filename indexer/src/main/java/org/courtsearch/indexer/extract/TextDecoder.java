package org.courtsearch.indexer.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes Russian plain text of unknown encoding: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, Windows-1251 or KOI8-R. The two single-byte encodings are told apart by which decoding
 * yields the letters Russian text is made of most often; this is the fast path for court
 * archives, which are overwhelmingly in these four encodings.
 */
public final class TextDecoder {
  public static final Charset CP1251 = Charset.forName("windows-1251");
  public static final Charset KOI8R = Charset.forName("KOI8-R");
  /**
   * The most frequent Russian letters, lower case only: KOI8-R's lower-case letters read as
   * Windows-1251 become capitals, and the reverse, so capitals would blur the vote.
   */
  private static final String FREQUENT = "оеаинтсрвл";

  private TextDecoder() {}

  public record Decoded(String text, Charset charset) {}

  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (isAscii(bytes) || isUtf8(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    Charset best = singleByte(bytes);
    return new Decoded(new String(bytes, best), best);
  }

  /** Windows-1251 or KOI8-R, whichever turns more of the bytes into frequent Russian letters. */
  public static Charset singleByte(byte[] bytes) {
    int sample = Math.min(bytes.length, 64 * 1024);
    String cp = new String(bytes, 0, sample, CP1251);
    String koi = new String(bytes, 0, sample, KOI8R);
    return frequentLetters(koi) > frequentLetters(cp) ? KOI8R : CP1251;
  }

  private static int frequentLetters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (FREQUENT.indexOf(s.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
