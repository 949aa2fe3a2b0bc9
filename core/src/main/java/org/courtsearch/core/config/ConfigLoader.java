package org.courtsearch.core.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.courtsearch.core.index.IndexContract;

/**
 * Resolves {@link Config}: defaults, then a properties file, then environment variables,
 * then explicit overrides (command-line flags). Every setting has one name, used alike in
 * the file and the environment. A bad value fails here, naming the setting.
 */
public final class ConfigLoader {
  public static final String HOME = "COURTSEARCH_HOME";
  public static final String CONFIG_FILE = "COURTSEARCH_CONFIG";
  public static final String ES_URL = "COURTSEARCH_ES_URL";
  public static final String ES_API_KEY = "COURTSEARCH_ES_API_KEY";
  public static final String ES_USER = "COURTSEARCH_ES_USER";
  public static final String ES_PASSWORD = "COURTSEARCH_ES_PASSWORD";
  public static final String ES_CA_FILE = "COURTSEARCH_ES_CA_FILE";
  public static final String ES_CA_FINGERPRINT = "COURTSEARCH_ES_CA_FINGERPRINT";
  public static final String ES_HEAP = "COURTSEARCH_ES_HEAP";
  public static final String ES_HTTP_PORT = "COURTSEARCH_ES_HTTP_PORT";
  public static final String INDEX = "COURTSEARCH_INDEX";
  public static final String INDEX_SHARDS = "COURTSEARCH_INDEX_SHARDS";
  public static final String INDEX_REPLICAS = "COURTSEARCH_INDEX_REPLICAS";
  public static final String HOST = "COURTSEARCH_HOST";
  public static final String PORT = "COURTSEARCH_PORT";
  public static final String ACCESS_TOKEN = "COURTSEARCH_ACCESS_TOKEN";
  public static final String MORPHOLOGY = "COURTSEARCH_MORPHOLOGY";
  public static final String EXPORT_ZIP_MAX_MB = "COURTSEARCH_EXPORT_ZIP_MAX_MB";
  public static final String COURTS_FILE = "COURTSEARCH_COURTS_FILE";

  /** Every setting with its default ("" for none), in the order README's table lists them. */
  public static final Map<String, String> DEFAULTS = defaults();

  private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");
  private static final Pattern PORTS = Pattern.compile("\\d{1,5}(-\\d{1,5})?");
  private static final Pattern REPLICAS = Pattern.compile("\\d+|\\d+-(\\d+|all)");
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,200}");
  private static final Pattern FINGERPRINT = Pattern.compile("([0-9A-Fa-f]{2}:?){32}");

  private ConfigLoader() {}

  /** The process's configuration: its environment, no overrides. */
  public static Config fromEnvironment() {
    return load(System.getenv(), Map.of());
  }

  public static Config load(Map<String, String> env, Map<String, String> overrides) {
    Map<String, String> values = new HashMap<>(DEFAULTS);
    Path home = Path.of(firstNonBlank(overrides.get(HOME), env.get(HOME), DEFAULTS.get(HOME)));
    Optional<Path> file = configFile(env, overrides, home);
    file.ifPresent(f -> values.putAll(readFile(f)));
    for (String key : DEFAULTS.keySet()) {
      if (env.containsKey(key)) {
        values.put(key, env.get(key));
      }
    }
    overrides.forEach((k, v) -> {
      if (!DEFAULTS.containsKey(k)) {
        throw new ConfigException("unknown setting " + k);
      }
      values.put(k, v);
    });
    return build(values);
  }

  private static Optional<Path> configFile(Map<String, String> env, Map<String, String> overrides, Path home) {
    String named = firstNonBlank(overrides.get(CONFIG_FILE), env.get(CONFIG_FILE), "");
    if (!named.isBlank()) {
      Path path = Path.of(named);
      if (!Files.isRegularFile(path)) {
        throw new ConfigException(CONFIG_FILE + ": no such file: " + path);
      }
      return Optional.of(path);
    }
    Path inHome = home.resolve("courtsearch.properties");
    return Files.isRegularFile(inHome) ? Optional.of(inHome) : Optional.empty();
  }

  private static Map<String, String> readFile(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new ConfigException(CONFIG_FILE + ": cannot read " + file + ": " + e.getMessage());
    }
    Map<String, String> out = new HashMap<>();
    for (String key : props.stringPropertyNames()) {
      if (!DEFAULTS.containsKey(key) || key.equals(CONFIG_FILE)) {
        throw new ConfigException(file + ": unknown setting " + key);
      }
      out.put(key, props.getProperty(key).trim());
    }
    return out;
  }

  private static Config build(Map<String, String> v) {
    Optional<String> user = optional(v.get(ES_USER));
    Optional<Secret> password = optional(v.get(ES_PASSWORD)).map(Secret::new);
    if (user.isPresent() != password.isPresent()) {
      throw new ConfigException(ES_USER + " and " + ES_PASSWORD + " go together: set both or neither");
    }
    Optional<Secret> apiKey = optional(v.get(ES_API_KEY)).map(Secret::new);
    if (apiKey.isPresent() && user.isPresent()) {
      throw new ConfigException(ES_API_KEY + " and " + ES_USER + " are alternatives: set one");
    }
    Optional<Path> caFile = optional(v.get(ES_CA_FILE)).map(Path::of);
    caFile.ifPresent(f -> {
      if (!Files.isReadable(f)) {
        throw new ConfigException(ES_CA_FILE + ": cannot read " + f);
      }
    });
    Optional<String> fingerprint = optional(v.get(ES_CA_FINGERPRINT));
    fingerprint.ifPresent(f -> require(FINGERPRINT.matcher(f).matches(), ES_CA_FINGERPRINT,
        "must be a SHA-256 fingerprint (64 hex digits, colons allowed)"));
    String heap = v.get(ES_HEAP).trim();
    require(HEAP.matcher(heap).matches(), ES_HEAP, "must be a JVM heap size such as 1g or 1536m, got '" + heap + "'");
    String ports = v.get(ES_HTTP_PORT).trim();
    require(PORTS.matcher(ports).matches(), ES_HTTP_PORT, "must be a port or a range such as 9200-9299, got '" + ports + "'");
    String index = v.get(INDEX).trim();
    require(INDEX_NAME.matcher(index).matches(), INDEX, "must be a lower-case index name, got '" + index + "'");
    String replicas = v.get(INDEX_REPLICAS).trim();
    require(REPLICAS.matcher(replicas).matches(), INDEX_REPLICAS, "must be a number or a range such as 0-1, got '" + replicas + "'");
    String morphology = v.get(MORPHOLOGY).trim().toLowerCase(Locale.ROOT);
    require(IndexContract.MORPHOLOGIES.contains(morphology), MORPHOLOGY,
        "must be one of " + String.join(", ", IndexContract.MORPHOLOGIES) + ", got '" + morphology + "'");
    String host = v.get(HOST).trim();
    require(!host.isEmpty(), HOST, "must not be empty");
    return new Config(
        Path.of(v.get(HOME).trim()).toAbsolutePath().normalize(),
        urls(v.get(ES_URL)),
        apiKey,
        user,
        password,
        caFile,
        fingerprint.map(f -> f.replace(":", "").toLowerCase()),
        heap,
        ports,
        index,
        integer(v, INDEX_SHARDS, 1, 1024),
        replicas,
        morphology,
        host,
        integer(v, PORT, 0, 65535),
        optional(v.get(ACCESS_TOKEN)).map(Secret::new),
        integer(v, EXPORT_ZIP_MAX_MB, 1, 1_000_000),
        courtsFile(v));
  }

  /** The user's table of courts: the setting, else {@code courts.tsv} in the home folder (read if it is there). */
  private static Path courtsFile(Map<String, String> v) {
    String file = v.get(COURTS_FILE).trim();
    Path home = Path.of(v.get(HOME).trim()).toAbsolutePath().normalize();
    if (file.isEmpty()) {
      return home.resolve("courts.tsv");
    }
    Path p = Path.of(file).toAbsolutePath().normalize();
    require(Files.isRegularFile(p), COURTS_FILE, "must be a readable TSV file of courts, got '" + file + "'");
    return p;
  }

  private static List<URI> urls(String raw) {
    List<URI> urls = new ArrayList<>();
    for (String part : raw.split(",")) {
      String s = part.trim();
      if (s.isEmpty()) {
        continue;
      }
      try {
        URI uri = new URI(s);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
          throw new ConfigException(ES_URL + ": '" + s + "' is not an http(s) URL such as https://es1:9200");
        }
        if (uri.getUserInfo() != null) {
          throw new ConfigException(ES_URL + ": put credentials in " + ES_USER + "/" + ES_PASSWORD + " or " + ES_API_KEY + ", not in the URL");
        }
        urls.add(uri);
      } catch (URISyntaxException e) {
        throw new ConfigException(ES_URL + ": '" + s + "' is not a URL: " + e.getReason());
      }
    }
    return List.copyOf(urls);
  }

  private static int integer(Map<String, String> v, String key, int min, int max) {
    String raw = v.get(key).trim();
    try {
      int value = Integer.parseInt(raw);
      require(value >= min && value <= max, key, "must be between " + min + " and " + max + ", got " + value);
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + ": must be a whole number, got '" + raw + "'");
    }
  }

  private static void require(boolean ok, String key, String message) {
    if (!ok) {
      throw new ConfigException(key + ": " + message);
    }
  }

  private static Optional<String> optional(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  private static String firstNonBlank(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return "";
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(HOME, "./data");
    d.put(CONFIG_FILE, "");
    d.put(ES_URL, "");
    d.put(ES_API_KEY, "");
    d.put(ES_USER, "");
    d.put(ES_PASSWORD, "");
    d.put(ES_CA_FILE, "");
    d.put(ES_CA_FINGERPRINT, "");
    d.put(ES_HEAP, "1g");
    d.put(ES_HTTP_PORT, "9200-9299");
    d.put(INDEX, "decisions");
    d.put(INDEX_SHARDS, "1");
    d.put(INDEX_REPLICAS, "0-1");
    d.put(MORPHOLOGY, IndexContract.DEFAULT_MORPHOLOGY);
    d.put(HOST, "127.0.0.1");
    d.put(PORT, "7070");
    d.put(ACCESS_TOKEN, "");
    d.put(EXPORT_ZIP_MAX_MB, "2048");
    d.put(COURTS_FILE, "");
    return Collections.unmodifiableMap(d);
  }
}
