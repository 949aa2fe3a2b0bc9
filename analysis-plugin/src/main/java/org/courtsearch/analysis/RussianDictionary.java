package org.courtsearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.AccessController;
import java.security.PrivilegedAction;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's Russian morphological dictionary (from the AOT project, LGPL; see
 * {@code NOTICE-russian-dictionary.txt} in the plugin), a Morfologik finite-state automaton
 * mapping ~5 million word forms to lemmas and tags. Loaded once per node, on first use;
 * immutable and shared by every analysis thread.
 */
public final class RussianDictionary {
  static final String RESOURCE = "org/courtsearch/analysis/ru/russian";

  private RussianDictionary() {}

  private static final class Holder {
    static final Dictionary DICTIONARY = load();
  }

  public static Dictionary get() {
    return Holder.DICTIONARY;
  }

  @SuppressWarnings("removal") // Elasticsearch 8 still runs plugins under a security manager
  private static Dictionary load() {
    return AccessController.doPrivileged((PrivilegedAction<Dictionary>) () -> {
      ClassLoader loader = RussianDictionary.class.getClassLoader();
      try (InputStream fsa = loader.getResourceAsStream(RESOURCE + ".dict");
           InputStream info = loader.getResourceAsStream(RESOURCE + ".info")) {
        if (fsa == null || info == null) {
          throw new IllegalStateException("the Russian dictionary is missing from the analysis plugin (" + RESOURCE + ".dict/.info)");
        }
        return Dictionary.read(fsa, info);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Russian dictionary", e);
      }
    });
  }
}
