package org.courtsearch.core.index;

/** Which analysis chain an index is built with. */
public enum AnalysisMode {
  /** courtsearch-analysis is installed on every node. */
  PLUGIN,
  /** The plugin is missing somewhere: Elasticsearch's stock Russian components. */
  STOCK
}
