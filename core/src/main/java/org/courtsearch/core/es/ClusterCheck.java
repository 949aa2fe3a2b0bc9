package org.courtsearch.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import javax.net.ssl.SSLException;
import org.elasticsearch.client.ResponseException;

/**
 * Checks at start-up that the configured cluster is an Elasticsearch 8 cluster we can log in
 * to, and turns the usual failures into messages that say what to fix.
 */
public final class ClusterCheck {
  private ClusterCheck() {}

  public record ClusterInfo(String clusterName, String version) {}

  public static ClusterInfo verify(ElasticsearchClient client, String where) {
    InfoResponse info;
    try {
      info = client.info();
    } catch (TransportException e) {
      throw explain(e, where);
    } catch (ElasticsearchException e) {
      if (e.status() == 401) {
        throw new ClusterException("Elasticsearch at " + where + " refused our credentials (401). Check COURTSEARCH_ES_USER/"
            + "COURTSEARCH_ES_PASSWORD or COURTSEARCH_ES_API_KEY.", e);
      }
      if (e.status() == 403) {
        throw new ClusterException("Elasticsearch at " + where + " accepted the credentials but forbids this user to read "
            + "cluster information (403). Grant it monitor and the decisions index privileges.", e);
      }
      throw new ClusterException("Elasticsearch at " + where + " answered " + e.status() + ": " + e.getMessage(), e);
    } catch (ConnectException e) {
      throw new ClusterException("Cannot reach Elasticsearch at " + where + ": connection refused. Is the cluster running, "
          + "and is COURTSEARCH_ES_URL right?", e);
    } catch (SSLException e) {
      throw new ClusterException("TLS handshake with " + where + " failed (" + e.getMessage() + "). Check "
          + "COURTSEARCH_ES_CA_FILE or COURTSEARCH_ES_CA_FINGERPRINT, and http vs https in COURTSEARCH_ES_URL.", e);
    } catch (IOException e) {
      throw new ClusterException("Cannot reach Elasticsearch at " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // the low-level client wraps what the connection said in "error while performing request"
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c.getClass().getName().endsWith("ProtocolException") || c instanceof SSLException) {
          throw new ClusterException(where + " did not answer in HTTP (" + c.getMessage().strip() + "). If the cluster "
              + "uses TLS, COURTSEARCH_ES_URL must start with https://; check COURTSEARCH_ES_CA_FILE or "
              + "COURTSEARCH_ES_CA_FINGERPRINT too.", e);
        }
        if (c instanceof IOException io) {
          throw new ClusterException("Cannot reach Elasticsearch at " + where + ": " + io.getMessage(), e);
        }
      }
      throw e;
    }
    String version = info.version().number();
    if (!version.startsWith("8.")) {
      throw new ClusterException("courtsearch needs Elasticsearch 8.x; " + where + " runs " + version + ".");
    }
    return new ClusterInfo(info.clusterName(), version);
  }

  private static ClusterException explain(TransportException e, String where) {
    int status = e.statusCode();
    Throwable cause = e.getCause();
    if (status == 401 || (cause instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 401)) {
      return new ClusterException("Elasticsearch at " + where + " refused our credentials (401). Check COURTSEARCH_ES_USER/"
          + "COURTSEARCH_ES_PASSWORD or COURTSEARCH_ES_API_KEY.", e);
    }
    if (status == 403) {
      return new ClusterException("Elasticsearch at " + where + " accepted the credentials but forbids this user to read "
          + "cluster information (403). Grant it monitor and the decisions index privileges.", e);
    }
    if (e.getMessage() != null && e.getMessage().contains("X-Elastic-Product")) {
      return new ClusterException(where + " answered, but it is not Elasticsearch (no X-Elastic-Product header). "
          + "Check COURTSEARCH_ES_URL.", e);
    }
    if (cause instanceof SSLException) {
      return new ClusterException("TLS handshake with " + where + " failed (" + cause.getMessage() + "). Check "
          + "COURTSEARCH_ES_CA_FILE or COURTSEARCH_ES_CA_FINGERPRINT.", e);
    }
    if (cause instanceof ConnectException) {
      return new ClusterException("Cannot reach Elasticsearch at " + where + ": connection refused.", e);
    }
    return new ClusterException("Elasticsearch at " + where + " failed: " + e.getMessage(), e);
  }

}
