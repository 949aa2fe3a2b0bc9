package org.courtsearch.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Derivational relatives of a lemma: a verb and its action noun (оставить, оставлять ↔
 * оставление; осудить ↔ осуждение; уклониться ↔ уклонение; лишить ↔ лишение). Candidates come
 * from the regular suffix and consonant-alternation patterns of Russian nominalisation and are
 * kept only when the dictionary knows them as a lemma of the expected part of speech, so no
 * invented word is ever searched for.
 *
 * <p>Used at query time only, when the user asks for related forms: an investigator who types
 * «оставил часть» gets decisions that say «оставление части» too.
 */
final class RelatedForms {
  /** Stem-final consonant of a verb → its form before -ение (оставить → оставление). */
  private static final String[][] ALTERNATIONS = {
      {"ст", "щ"}, {"зд", "зж"}, {"в", "вл"}, {"б", "бл"}, {"п", "пл"}, {"м", "мл"}, {"ф", "фл"},
      {"д", "жд"}, {"д", "ж"}, {"т", "щ"}, {"т", "ч"}, {"з", "ж"}, {"с", "ш"}, {"", ""},
  };

  private final DictionaryLookup lookup;

  RelatedForms(DictionaryLookup lookup) {
    this.lookup = lookup;
  }

  /** The dictionary-confirmed relatives of {@code lemma}; empty for most words. */
  List<String> of(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    if (lemma.endsWith("ться") || lemma.endsWith("тись")) {
      nounsOfVerb(lemma.substring(0, lemma.length() - 2), out);
    } else if (lemma.endsWith("ть")) {
      nounsOfVerb(lemma, out);
    } else if (lemma.endsWith("ние")) {
      verbsOfNoun(lemma, out);
    }
    out.remove(lemma);
    return new ArrayList<>(out);
  }

  private void nounsOfVerb(String verb, Set<String> out) {
    List<String> candidates = new ArrayList<>();
    if (verb.endsWith("овать") || verb.endsWith("евать")) {
      candidates.add(cut(verb, 5) + verb.charAt(verb.length() - 5) + "вание");
    }
    if (verb.endsWith("ать")) {
      candidates.add(cut(verb, 3) + "ание");
    } else if (verb.endsWith("ять")) {
      candidates.add(cut(verb, 3) + "яние");
      candidates.add(cut(verb, 3) + "ение");
    } else if (verb.endsWith("ить") || verb.endsWith("еть")) {
      String stem = cut(verb, 3);
      for (String[] alt : ALTERNATIONS) {
        if (stem.endsWith(alt[0])) {
          candidates.add(cut(stem, alt[0].length()) + alt[1] + "ение");
        }
      }
    }
    for (String c : candidates) {
      if (isLemma(c, "NN")) {
        out.add(c);
      }
    }
  }

  private void verbsOfNoun(String noun, Set<String> out) {
    List<String> candidates = new ArrayList<>();
    if (noun.endsWith("ование") || noun.endsWith("евание")) {
      candidates.add(cut(noun, 5) + "вать");
    }
    if (noun.endsWith("ание")) {
      candidates.add(cut(noun, 4) + "ать");
    } else if (noun.endsWith("яние")) {
      candidates.add(cut(noun, 4) + "ять");
    } else if (noun.endsWith("ение")) {
      String stem = cut(noun, 4);
      candidates.add(stem + "ять");
      for (String[] alt : ALTERNATIONS) {
        if (stem.endsWith(alt[1])) {
          String base = cut(stem, alt[1].length()) + alt[0];
          candidates.add(base + "ить");
          candidates.add(base + "еть");
        }
      }
    }
    for (String c : candidates) {
      if (isLemma(c, "VB")) {
        out.add(c);
      } else if (isLemma(c + "ся", "VB")) {
        out.add(c + "ся");
      }
    }
  }

  private boolean isLemma(String word, String partOfSpeech) {
    for (WordData data : lookup.lookup(word)) {
      CharSequence tag = data.getTag();
      if (tag != null && tag.toString().startsWith(partOfSpeech) && word.contentEquals(data.getStem())) {
        return true;
      }
    }
    return false;
  }

  private static String cut(String s, int n) {
    return s.substring(0, s.length() - n);
  }
}
