package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.testkit.GeneratedDecision;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courtsearch batch}: a list counted against an index the index command built, a bad line reported in its row. */
class BatchCommandIT {
  static int cli(StringWriter out, StringWriter err, String... args) {
    return Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void everyLineGetsItsCountOrItsReason(@TempDir Path home, @TempDir Path corpus) throws Exception {
    List<GeneratedDecision> truth = new CorpusGenerator(corpus, 41, true).generate(120);
    TestCluster cluster = TestCluster.get();
    String url = cluster.state().url().toString();
    String alias = TestCluster.uniqueName("batch");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, cli(out, err, "--home", home.toString(), "--es-url", url, "--index", alias, "index", "--no-progress",
        corpus.toString()), err.toString());
    cluster.client().indices().refresh(r -> r.index(alias));

    GeneratedDecision one = truth.get(0);
    String surname = one.judge().split(" ")[0];
    long bySurname = truth.stream().filter(d -> d.judge() != null && d.judge().startsWith(surname + " ")).count();
    long sentences337 = truth.stream().filter(d -> d.articles().contains("УК РФ 337") && d.docType().equals("приговор")).count();
    Path list = home.resolve("list.txt");
    Files.writeString(list, String.join("\n", one.caseNumber(), "judge:" + surname, "ocr:maybe", "", "article:337"),
        StandardCharsets.UTF_8);
    Path csv = home.resolve("counts.csv");
    out = new StringWriter();
    assertEquals(0, cli(out, err, "--home", home.toString(), "--es-url", url, "--index", alias, "batch", list.toString(),
        "--filter", "type=приговор", "--out", csv.toString()), err.toString());
    List<CSVRecord> rows = new ArrayList<>(CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8).replace("\ufeff", ""))).getRecords());
    assertEquals(5, rows.size(), "a row a line, bad ones included");
    assertEquals("case:" + one.caseNumber(), rows.get(0).get("query"), "a bare case number is searched exactly");
    assertTrue(Long.parseLong(rows.get(0).get("decisions")) >= (one.docType().equals("приговор") ? 1 : 0));
    long sentencesBySurname = truth.stream()
        .filter(d -> d.judge() != null && d.judge().startsWith(surname + " ") && d.docType().equals("приговор")).count();
    assertTrue(bySurname >= sentencesBySurname);
    assertEquals(sentencesBySurname, Long.parseLong(rows.get(1).get("decisions")), "the filter applies to every line");
    assertTrue(rows.get(2).get("error").contains("ocr"), rows.get(2).toString());
    assertEquals("пустая строка", rows.get(3).get("error"));
    assertEquals(sentences337, Long.parseLong(rows.get(4).get("decisions")));
    assertTrue(out.toString().contains("3 lines counted, 2 with a reason"), out.toString());
  }
}
