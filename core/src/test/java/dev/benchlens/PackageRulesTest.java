package dev.benchlens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package rules of core that the build enforces: Maven keeps the modules apart by their dependencies, these
 * rules keep the packages so (docs/architecture.md lists them).
 */
@AnalyzeClasses(packages = "dev.benchlens", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule CORE_KNOWS_NEITHER_BENCH_NOR_VIEWER = noClasses()
            .that()
            .resideInAPackage("dev.benchlens..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.benchlens.bench..", "dev.benchlens.viewer..")
            .because("bench and viewer build on core, never the other way");

    @ArchTest
    static final ArchRule CORE_HAS_NO_JAVAFX = noClasses()
            .that()
            .resideInAPackage("dev.benchlens..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("core runs in CI and on headless machines; only the viewer uses JavaFX");

    /** Every package its own slice, dev.benchlens itself included (a pattern such as dev.benchlens.(**) leaves it out). */
    @ArchTest
    static final ArchRule CORE_PACKAGES_HAVE_NO_CYCLES = slices().assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    return SliceIdentifier.of(javaClass.getPackageName());
                }

                @Override
                public String getDescription() {
                    return "packages of core";
                }
            })
            .should()
            .beFreeOfCycles();
}
