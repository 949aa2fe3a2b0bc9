package org.courtsearch.analysis;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers courtsearch's Russian analyzers and their building blocks with Elasticsearch.
 *
 * <p>Analyzers (use as {@code "type"} of an analyzer in index settings):
 * {@code courtsearch_russian} (full text; settings {@code morphology}: {@code snowball} (the
 * default, for indices created before the setting existed), {@code light}, {@code morfologik},
 * {@code lemma}; and {@code related_forms}: true for a query analyzer that adds verb/noun
 * derivations) and {@code courtsearch_russian_exact} (phrases and exact words). Token filters,
 * for custom chains: {@code courtsearch_fold} (lower case + ё→е), {@code courtsearch_russian_stop},
 * {@code courtsearch_russian_snowball}, {@code courtsearch_russian_light},
 * {@code courtsearch_russian_morphology} (same settings as the analyzer).
 */
public class CourtsearchAnalysisPlugin extends Plugin implements AnalysisPlugin {
  public static final String STEMMED = "courtsearch_russian";
  public static final String EXACT = "courtsearch_russian_exact";

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        STEMMED, (indexSettings, env, name, settings) ->
            provider(name, settings, RussianChains.fullText(morphology(settings), relatedForms(settings))),
        EXACT, (indexSettings, env, name, settings) -> provider(name, settings, RussianChains.exact()));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "courtsearch_fold", (indexSettings, env, name, settings) -> new FoldFilterFactory(name, settings),
        "courtsearch_russian_stop", filter(RussianChains::stop),
        "courtsearch_russian_snowball", filter(RussianChains::snowball),
        "courtsearch_russian_light", filter(RussianChains::light),
        "courtsearch_russian_morphology", (indexSettings, env, name, settings) -> {
          Morphology morphology = morphology(settings);
          boolean related = relatedForms(settings);
          return new AbstractTokenFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream in) {
              return RussianChains.reduce(in, morphology, related);
            }
          };
        });
  }

  static Morphology morphology(Settings settings) {
    return Morphology.parse(settings.get("morphology", Morphology.SNOWBALL.settingValue()));
  }

  static boolean relatedForms(Settings settings) {
    return settings.getAsBoolean("related_forms", false);
  }

  private static AnalyzerProvider<Analyzer> provider(String name, Settings settings, Analyzer analyzer) {
    return new AbstractIndexAnalyzerProvider<>(name, settings) {
      @Override
      public Analyzer get() {
        return analyzer;
      }
    };
  }

  /** Usable in keyword normalizers too (case numbers, УИД). */
  private static final class FoldFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
    FoldFilterFactory(String name, Settings settings) {
      super(name, settings);
    }

    @Override
    public TokenStream create(TokenStream in) {
      return RussianChains.fold(in);
    }
  }

  private static AnalysisProvider<TokenFilterFactory> filter(UnaryOperator<TokenStream> chain) {
    return (indexSettings, env, name, settings) -> new AbstractTokenFilterFactory(name, settings) {
      @Override
      public TokenStream create(TokenStream in) {
        return chain.apply(in);
      }
    };
  }
}
