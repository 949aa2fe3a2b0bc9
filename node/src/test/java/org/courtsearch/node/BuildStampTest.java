package org.courtsearch.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt module changes the stamp a running node is compared with. */
class BuildStampTest {
  @TempDir Path dir;

  @Test
  void aRebuiltModuleChangesTheStamp() throws Exception {
    Path dist = dir.resolve("es-home");
    Path jar = dist.resolve("modules/courtsearch-analysis/plugin.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "v1");
    EmbeddedNode node = new EmbeddedNode(dir.resolve("es"), dist, "1g", "9200");
    String first = node.buildStamp();
    assertEquals(first, node.buildStamp());
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
    assertNotEquals(first, node.buildStamp());
  }
}
