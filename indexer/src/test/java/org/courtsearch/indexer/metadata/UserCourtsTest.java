package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.courtsearch.core.decision.RegionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own table of courts (COURTSEARCH_COURTS_FILE, or courts.tsv in the home folder) wins over the bundled one. */
class UserCourtsTest {
  static final String ACT = "Дело № 1-7/2016\nП Р И Г О В О Р\nИменем Российской Федерации\n14 апреля 2016 года\n"
      + "Энский гарнизонный военный суд в составе председательствующего судьи Иванова И.И.,\nУСТАНОВИЛ:\n";

  @TempDir Path dir;

  @Test
  void aCourtOfTheUsersTableHasItsRegion() throws Exception {
    Path table = dir.resolve("courts.tsv");
    Files.writeString(table, "court_name\tregion\tcourt_code\n"
        + "Энский гарнизонный военный суд\tРеспублика Саха\t\n"
        + "Оренбургский гарнизонный военный суд\t56\t63GV0002\n");
    CourtDirectory courts = CourtDirectory.withUserTable(table);
    DecisionMetadata m = new MetadataExtractor(courts).extract(ACT, Map.of());
    assertEquals("Энский гарнизонный военный суд", m.court());
    assertEquals("Республика Саха (Якутия)", m.region(), "a region by a label it had before is the region today");
    assertEquals(RegionSource.COURTS_FILE, m.regionSource());
    assertEquals("Оренбургская область", courts.byCode("63GV0002").orElseThrow().region(), "the user's row wins");
    assertEquals(RegionSource.COURTS_FILE, new MetadataExtractor(courts).extract(ACT.replace("Энский", "Оренбургский"), Map.of())
        .regionSource());
    DecisionMetadata bundled = new MetadataExtractor(CourtDirectory.withUserTable(null)).extract(ACT, Map.of());
    assertEquals(null, bundled.region(), "without the table the court has no region");
  }

  @Test
  void aBadTableIsRefusedNamingItsLine() throws Exception {
    Path table = dir.resolve("courts.tsv");
    Files.writeString(table, "court_name\tregion\nЭнский гарнизонный военный суд\tАтлантида\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CourtDirectory.withUserTable(table));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("Атлантида"), e.getMessage());
    Files.writeString(table, "name\tplace\n");
    assertThrows(IllegalArgumentException.class, () -> CourtDirectory.withUserTable(table));
  }
}
