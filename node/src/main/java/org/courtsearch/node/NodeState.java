package org.courtsearch.node;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;

/** What a running embedded node wrote to its state file once it answered HTTP. */
public record NodeState(
    @JsonProperty("pid") long pid,
    @JsonProperty("http_port") int httpPort,
    @JsonProperty("cluster_name") String clusterName,
    @JsonProperty("started_at") String startedAt,
    @JsonProperty("start_millis") long startMillis) {

  public URI url() {
    return URI.create("http://127.0.0.1:" + httpPort);
  }
}
