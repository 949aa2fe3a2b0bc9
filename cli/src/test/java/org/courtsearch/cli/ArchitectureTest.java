package org.courtsearch.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering, checked by the build (docs/style.md): core at the bottom and importing none of the
 * others; the query model on core alone; the search layer (every read a user asks for) on the
 * model; indexer, web and node beside each other; web holds HTTP and pages only, over the search
 * layer; the CLI on top, using the search layer and the site only to serve it; test support nowhere
 * in main code; and no package cycles anywhere. A newcomer learns the
 * rules from this test failing, not from a review.
 */
class ArchitectureTest {
  static JavaClasses main;

  @BeforeAll
  static void importMainCode() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // our own modules arrive as jars in a reactor build, as class folders in an IDE: take both, nothing else
        .withImportOption(location -> !location.isJar()
            || location.contains("courtsearch-") && !location.contains("-tests.jar") && !location.contains("es-node"))
        .importPackages("org.courtsearch");
  }

  static void check(ArchRule rule) {
    rule.check(main);
  }

  @Test
  void theMainCodeIsImported() {
    org.junit.jupiter.api.Assertions.assertTrue(main.size() > 150, "classes imported: " + main.size());
    org.junit.jupiter.api.Assertions.assertTrue(main.containPackage("org.courtsearch.search.report"));
    org.junit.jupiter.api.Assertions.assertTrue(main.containPackage("org.courtsearch.web.search"));
    org.junit.jupiter.api.Assertions.assertTrue(main.containPackage("org.courtsearch.indexer.ingest"));
    org.junit.jupiter.api.Assertions.assertTrue(main.containPackage("org.courtsearch.testkit"), "the test kit is checked too");
  }

  @Test
  void coreImportsNoneOfTheOthers() {
    check(noClasses().that().resideInAPackage("org.courtsearch.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.courtsearch.query..", "org.courtsearch.search..",
            "org.courtsearch.indexer..",
            "org.courtsearch.web..", "org.courtsearch.node..", "org.courtsearch.esnode..", "org.courtsearch.cli..",
            "org.courtsearch.analysis.."));
  }

  @Test
  void theQueryModelStandsOnCoreAlone() {
    check(noClasses().that().resideInAPackage("org.courtsearch.query..")
        .should().dependOnClassesThat().resideInAnyPackage("org.courtsearch.search..", "org.courtsearch.indexer..",
            "org.courtsearch.web..", "org.courtsearch.node..", "org.courtsearch.cli..", "io.javalin..", "gg.jte.."));
  }

  @Test
  void theSearchLayerStandsOnTheModelAndKnowsNoHttp() {
    check(noClasses().that().resideInAPackage("org.courtsearch.search..")
        .should().dependOnClassesThat().resideInAnyPackage("org.courtsearch.indexer..", "org.courtsearch.web..",
            "org.courtsearch.node..", "org.courtsearch.cli..", "io.javalin..", "gg.jte.."));
  }

  @Test
  void theCommandLineUsesTheSearchLayerAndTheSiteOnlyToServeIt() {
    check(noClasses().that().resideInAPackage("org.courtsearch.cli..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.courtsearch.web..")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("WebServer")))));
  }

  @Test
  void indexerWebAndNodeStandBesideEachOther() {
    check(noClasses().that().resideInAPackage("org.courtsearch.indexer..")
        .should().dependOnClassesThat().resideInAnyPackage("org.courtsearch.web..", "org.courtsearch.cli..",
            "org.courtsearch.query..", "org.courtsearch.search.."));
    check(noClasses().that().resideInAPackage("org.courtsearch.web..")
        .should().dependOnClassesThat().resideInAnyPackage("org.courtsearch.indexer..", "org.courtsearch.cli.."));
    check(noClasses().that().resideInAPackage("org.courtsearch.node..")
        .should().dependOnClassesThat().resideInAnyPackage("org.courtsearch.indexer..", "org.courtsearch.web..",
            "org.courtsearch.cli..", "org.courtsearch.query..", "org.courtsearch.search.."));
  }

  @Test
  void nobodyImportsThePluginOrTheCommandLine() {
    check(noClasses().that().resideOutsideOfPackage("org.courtsearch.analysis..")
        .should().dependOnClassesThat().resideInAPackage("org.courtsearch.analysis.."));
    check(noClasses().that().resideOutsideOfPackage("org.courtsearch.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.courtsearch.cli.."));
  }

  @Test
  void testSupportStaysOutOfMainCode() {
    check(noClasses().that().resideOutsideOfPackage("org.courtsearch.testkit..")
        .should().dependOnClassesThat().resideInAPackage("org.courtsearch.testkit.."));
  }

  @Test
  void httpTypesStayInTheWebModule() {
    check(noClasses().that().resideOutsideOfPackage("org.courtsearch.web..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte.."));
  }

  @Test
  void noPackageCycles() {
    check(slices().matching("org.courtsearch.(**)").should().beFreeOfCycles());
  }
}
