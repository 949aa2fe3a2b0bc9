package org.courtsearch.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything courtsearch can be configured with, resolved once per process by {@link ConfigLoader}
 * (defaults, then a properties file, then environment variables, then command-line flags).
 *
 * @param home where courtsearch keeps its data: the embedded node, run reports ({@code COURTSEARCH_HOME})
 * @param esUrls nodes of an existing cluster; empty means the embedded node ({@code COURTSEARCH_ES_URL})
 * @param esApiKey API key for the cluster ({@code COURTSEARCH_ES_API_KEY})
 * @param esUser basic-auth user ({@code COURTSEARCH_ES_USER})
 * @param esPassword basic-auth password ({@code COURTSEARCH_ES_PASSWORD})
 * @param esCaFile PEM file with the CA that signed the cluster's certificate ({@code COURTSEARCH_ES_CA_FILE})
 * @param esCaFingerprint SHA-256 fingerprint of the cluster's CA certificate ({@code COURTSEARCH_ES_CA_FINGERPRINT})
 * @param esHeap heap of the embedded node, JVM syntax ({@code COURTSEARCH_ES_HEAP})
 * @param esHttpPorts port or range the embedded node may bind ({@code COURTSEARCH_ES_HTTP_PORT})
 * @param index the alias decisions are written and searched through ({@code COURTSEARCH_INDEX})
 * @param shards primary shards of a new index ({@code COURTSEARCH_INDEX_SHARDS})
 * @param replicas replicas of a new index, a number or an auto-expand range ({@code COURTSEARCH_INDEX_REPLICAS})
 * @param morphology how a new index reduces Russian word forms: lemma, morfologik, light or snowball ({@code COURTSEARCH_MORPHOLOGY})
 * @param host address the web site binds ({@code COURTSEARCH_HOST})
 * @param port port of the web site ({@code COURTSEARCH_PORT})
 * @param accessToken token the web site requires when bound beyond loopback ({@code COURTSEARCH_ACCESS_TOKEN})
 * @param exportZipMaxMb the largest ZIP of original files an export may build ({@code COURTSEARCH_EXPORT_ZIP_MAX_MB})
 * @param courtsFile the user's own table of courts, over the bundled registry, read when it exists
 *     ({@code COURTSEARCH_COURTS_FILE}, default {@code courts.tsv} in the home folder)
 */
public record Config(
    Path home,
    List<URI> esUrls,
    Optional<Secret> esApiKey,
    Optional<String> esUser,
    Optional<Secret> esPassword,
    Optional<Path> esCaFile,
    Optional<String> esCaFingerprint,
    String esHeap,
    String esHttpPorts,
    String index,
    int shards,
    String replicas,
    String morphology,
    String host,
    int port,
    Optional<Secret> accessToken,
    int exportZipMaxMb,
    Path courtsFile) {

  public boolean embedded() {
    return esUrls.isEmpty();
  }

  /** Folder of the embedded node's data, logs and state file. */
  public Path nodeDir() {
    return home.resolve("es");
  }

  public boolean loopbackOnly() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
