package org.courtsearch.esnode.root;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

import java.util.List;
import java.util.function.Supplier;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

final class RootInfoHandler extends BaseRestHandler {
  private final Supplier<ClusterService> clusterService;
  private final Build build;
  private final String luceneVersion;

  RootInfoHandler(Supplier<ClusterService> clusterService, Build build, String luceneVersion) {
    this.clusterService = clusterService;
    this.build = build;
    this.luceneVersion = luceneVersion;
  }

  @Override
  public String getName() {
    return "courtsearch_root_info";
  }

  @Override
  public List<Route> routes() {
    return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
  }

  @Override
  protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
    return channel -> {
      ClusterService service = clusterService.get();
      ClusterState state = service.state();
      if (request.method() == HEAD) {
        channel.sendResponse(new RestResponse(RestStatus.OK, XContentBuilder.builder(channel.newBuilder().contentType().xContent())));
        return;
      }
      XContentBuilder body = channel.newBuilder();
      body.startObject()
          .field("name", service.localNode().getName())
          .field("cluster_name", state.getClusterName().value())
          .field("cluster_uuid", state.metadata().clusterUUID())
          .startObject("version")
          .field("number", build.qualifiedVersion())
          .field("build_flavor", build.flavor())
          .field("build_type", build.type().displayName())
          .field("build_hash", build.hash())
          .field("build_date", build.date())
          .field("build_snapshot", build.isSnapshot())
          .field("lucene_version", luceneVersion)
          .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
          .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
          .endObject()
          .field("tagline", "You Know, for Search")
          .endObject();
      channel.sendResponse(new RestResponse(RestStatus.OK, body));
    };
  }
}
