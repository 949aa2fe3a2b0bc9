package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code courtsearch node snapshot}: a backup of the embedded node's indices that can be restored. */
class NodeSnapshotIT {
  @Test
  void snapshotThenRestoreAnIndex() throws Exception {
    // `node snapshot` is the embedded node's command (its repository is the node's own folder)
    Assumptions.assumeFalse(TestCluster.BACKEND.equals("container"), "the embedded node's snapshot: not run against a container");
    TestCluster cluster = TestCluster.get();
    ElasticsearchClient client = cluster.client();
    String alias = TestCluster.uniqueName("backup");
    new IndexAdmin(client).ensure(alias, IndexContract.DECISIONS, 1, "0", IndexContract.DEFAULT_MORPHOLOGY);
    client.index(i -> i.index(alias).id("a".repeat(64)).document(java.util.Map.of("text", "Приговор суда"))
        .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "--home", cluster.config().home().toString(), "node", "snapshot");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("SUCCESS"), out.toString());
    String name = out.toString().replaceAll("(?s).*snapshot (courtsearch-\\d{8}-\\d{6}).*", "$1");
    assertTrue(Files.isDirectory(cluster.config().nodeDir().resolve("snapshots")));

    String index = IndexNames.version(alias, 1);
    client.indices().delete(d -> d.index(index));
    client.snapshot().restore(r -> r.repository("courtsearch-backups").snapshot(name).indices(index).waitForCompletion(true));
    client.indices().refresh(r -> r.index(index));
    assertEquals(1, client.count(c -> c.index(index)).count());
  }
}
