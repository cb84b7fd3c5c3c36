package dev.benchlens.viewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the viewer that the build enforces (docs/architecture.md lists them). */
@AnalyzeClasses(packages = "dev.benchlens.viewer", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule VIEWER_DOES_NOT_KNOW_BENCH = noClasses()
            .that()
            .resideInAPackage("dev.benchlens.viewer..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.benchlens.bench..")
            .because("the explorer reads artifacts through core; bench only writes them");

    /** Every package its own slice, dev.benchlens.viewer itself included. */
    @ArchTest
    static final ArchRule VIEWER_PACKAGES_HAVE_NO_CYCLES =
            slices().matching("dev.benchlens.(**)").should().beFreeOfCycles();
}
