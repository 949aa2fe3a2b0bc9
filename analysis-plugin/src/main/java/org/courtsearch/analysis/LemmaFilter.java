package org.courtsearch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by its dictionary lemmas, stacked at the word's position (суда → суд,
 * судно; судьи → судья; осужденный → осужденный, осудить). Expects lower-cased, ё-folded
 * input and folds the lemmas the same way. Each lemma is emitted once, however many tags
 * share it.
 *
 * <p>Unlike Lucene's {@code MorfologikFilter} it can keep the word as written (so exact
 * forms still match), reduce words the dictionary does not know with the light stemmer
 * (surnames, new terms: кузнецовой → кузнецов), and add related derivations for query-time
 * expansion ({@link RelatedForms}).
 */
public final class LemmaFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  private final DictionaryLookup lookup = new DictionaryLookup(RussianDictionary.get());
  private final RelatedForms related;
  private final boolean keepOriginal;
  private final boolean stemUnknown;

  private final Set<String> forms = new LinkedHashSet<>();
  /**
   * Word → its terms, per filter instance (one per indexing thread, reused across documents).
   * Court texts repeat a small vocabulary, so most words skip the automaton; cleared when full
   * to bound memory (a few MB).
   */
  private final CharArrayMap<String[]> cache = new CharArrayMap<>(1024, false);
  static final int CACHE_SIZE = 50_000;
  private final List<String> pending = new ArrayList<>();
  private int next;
  private State state;

  /**
   * @param keepOriginal emit the word as written beside its lemmas
   * @param stemUnknown reduce words missing from the dictionary with the light stemmer
   * @param relatedForms add derivational relatives of each lemma (оставить ↔ оставление); for query analysis
   */
  public LemmaFilter(TokenStream in, boolean keepOriginal, boolean stemUnknown, boolean relatedForms) {
    super(in);
    this.keepOriginal = keepOriginal;
    this.stemUnknown = stemUnknown;
    this.related = relatedForms ? new RelatedForms(lookup) : null;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pending.size()) {
      restoreState(state);
      term.setEmpty().append(pending.get(next++));
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String[] terms = cache.get(term.buffer(), 0, term.length());
    if (terms == null) {
      String word = term.toString();
      terms = lookUp(word);
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(word, terms);
    }
    pending.clear();
    Collections.addAll(pending, terms);
    if (terms.length > 1) {
      state = captureState();
    }
    if (!terms[0].contentEquals(term)) {
      term.setEmpty().append(terms[0]);
    }
    next = 1;
    return true;
  }

  private String[] lookUp(String word) {
    forms.clear();
    if (keepOriginal) {
      forms.add(word);
    }
    boolean known = false;
    if (hasCyrillic(word)) {
      for (WordData data : lookup.lookup(word)) {
        CharSequence stem = data.getStem();
        if (stem != null && stem.length() > 0) {
          String lemma = fold(stem);
          forms.add(isFeminineSurname(data.getTag()) ? feminine(lemma) : lemma);
          known = true;
        }
      }
    }
    if (!known) {
      forms.add(stemUnknown ? lightStem(word) : word);
    } else if (related != null) {
      for (String lemma : new ArrayList<>(forms)) {
        forms.addAll(related.of(lemma));
      }
    }
    return forms.toArray(new String[0]);
  }

  /**
   * The dictionary gives a woman's surname the man's form as lemma (Смирновой → смирнов); a
   * search for one person must not find the other, so courtsearch keeps the feminine form
   * (смирновой → смирнова). Only the nominative «Смирнова», which is also the man's genitive,
   * stays ambiguous.
   */
  private static boolean isFeminineSurname(CharSequence tag) {
    if (tag == null) {
      return false;
    }
    String t = tag.toString();
    return t.startsWith("NN:Fam:Fem");
  }

  static String feminine(String surname) {
    if (surname.endsWith("ский") || surname.endsWith("цкий")) {
      return surname.substring(0, surname.length() - 2) + "ая";
    }
    if (surname.endsWith("ской") || surname.endsWith("цкой")) {
      return surname.substring(0, surname.length() - 2) + "ая";
    }
    if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") || surname.endsWith("ын")) {
      return surname + "а";
    }
    return surname;
  }

  static boolean hasCyrillic(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'а' && c <= 'я') {
        return true;
      }
    }
    return false;
  }

  private static String fold(CharSequence s) {
    char[] chars = new char[s.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      chars[i] = c == 'ё' ? 'е' : c;
    }
    return new String(chars);
  }

  private static final RussianLightStemmer LIGHT = new RussianLightStemmer();

  private static String lightStem(String word) {
    char[] chars = word.toCharArray();
    return new String(chars, 0, LIGHT.stem(chars, chars.length));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    next = 0;
    state = null;
  }
}
