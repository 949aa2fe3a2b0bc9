package org.courtsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analysis chains courtsearch indexes decisions with, as plain Lucene so they can be
 * tested without a node and reused by the Elasticsearch factories.
 */
public final class RussianChains {
  /** Lucene's Russian stop words, folded like the terms they are compared with. */
  public static final CharArraySet STOP_WORDS = foldedStopWords();

  private RussianChains() {}

  /** ё→е folding over lower-cased tokens. */
  public static TokenStream fold(TokenStream in) {
    return new FoldFilter(in);
  }

  public static TokenStream stop(TokenStream in) {
    return new StopFilter(in, STOP_WORDS);
  }

  public static TokenStream snowball(TokenStream in) {
    return new SnowballFilter(in, new RussianStemmer());
  }

  public static TokenStream light(TokenStream in) {
    return new RussianLightStemFilter(in);
  }

  /** The word-form reduction of {@code morphology}, over folded input without stop words. */
  public static TokenStream reduce(TokenStream in, Morphology morphology, boolean relatedForms) {
    switch (morphology) {
      case SNOWBALL:
        return snowball(in);
      case LIGHT:
        return light(in);
      case MORFOLOGIK:
        return new LemmaFilter(in, false, false, relatedForms);
      case LEMMA:
        return new LemmaFilter(in, true, true, relatedForms);
      default:
        throw new IllegalArgumentException(morphology.toString());
    }
  }

  /** Full-text analysis with Snowball, the chain of indices created before morphology was selectable. */
  public static Analyzer stemmed() {
    return fullText(Morphology.SNOWBALL, false);
  }

  /**
   * Full-text analysis: folded, without stop words, reduced by {@code morphology}; with
   * {@code relatedForms}, also the verb/noun derivations of each lemma (a query-side chain).
   */
  public static Analyzer fullText(Morphology morphology, boolean relatedForms) {
    if (relatedForms && !morphology.usesDictionary()) {
      throw new IllegalArgumentException("related forms need a dictionary morphology (lemma or morfologik), not "
          + morphology.settingValue());
    }
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, reduce(stop(fold(source)), morphology, relatedForms));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return fold(in);
      }
    };
  }

  /** Exact and phrase search: folded only, every word kept as written. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, fold(source));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return fold(in);
      }
    };
  }

  private static CharArraySet foldedStopWords() {
    CharArraySet folded = new CharArraySet(RussianAnalyzer.getDefaultStopSet().size(), false);
    for (Object word : RussianAnalyzer.getDefaultStopSet()) {
      folded.add(new String((char[]) word).replace('ё', 'е'));
    }
    return CharArraySet.unmodifiableSet(folded);
  }
}
