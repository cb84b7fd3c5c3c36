package dev.benchlens;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The package rules of core that the build enforces (docs/architecture.md lists them). What the modules' poms
 * already forbid (core using bench, the viewer or JavaFX) cannot compile, so no rule repeats it.
 */
@AnalyzeClasses(packages = "dev.benchlens", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** core's floors, top first: the command line on top; files, text and Benchlens's own facts at the bottom. */
    static final List<List<String>> CORE_FLOORS = List.of(
            List.of("cli"),
            List.of("report.history"),
            List.of("report"),
            List.of("check"),
            List.of("history"),
            List.of("compare", "load"),
            List.of("store"),
            List.of("github"),
            List.of("read"),
            List.of("read.container", "read.jmh", "read.upstream"),
            List.of("read.json"),
            List.of("identity", "match", "stats", "bandwidth", "read.limits"),
            List.of("format"),
            List.of("io", "escape", ""));

    @ArchTest
    static final ArchRule CORE_KEEPS_ITS_FLOORS = Floors.of("dev.benchlens", CORE_FLOORS);

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
