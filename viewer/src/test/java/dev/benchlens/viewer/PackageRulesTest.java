package dev.benchlens.viewer;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.benchlens.Floors;
import java.util.List;

/**
 * The package rules of the viewer that the build enforces (docs/architecture.md lists them). That it never uses
 * bench is its pom's to say: it has no such dependency, so no rule repeats it.
 */
@AnalyzeClasses(packages = "dev.benchlens.viewer", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /**
     * The viewer's floors, top first: the launcher, the shell that wires the window, the areas of the window, the
     * views they share, and the background lanes and settings under all of them.
     */
    static final List<List<String>> VIEWER_FLOORS = List.of(
            List.of(""),
            List.of("app"),
            List.of("compare", "history", "open", "github"),
            List.of("charts", "export", "runs"),
            List.of("background", "prefs", "layout"));

    @ArchTest
    static final ArchRule VIEWER_KEEPS_ITS_FLOORS = Floors.of("dev.benchlens.viewer", VIEWER_FLOORS);

    /** Every package its own slice, dev.benchlens.viewer itself included. */
    @ArchTest
    static final ArchRule VIEWER_PACKAGES_HAVE_NO_CYCLES =
            slices().matching("dev.benchlens.(**)").should().beFreeOfCycles();
}
