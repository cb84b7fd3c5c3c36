package dev.benchlens;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.benchlens.cli.BenchlensCli;
import dev.benchlens.format.Run;
import org.junit.jupiter.api.Test;

/** The floors rule can fail: a class set with a back edge breaks it, naming the edge; without the edge it holds. */
class FloorsTest {

    @Test
    void aBackEdgeFromFormatToCliBreaksTheRule() throws ClassNotFoundException {
        JavaClasses withBackEdge = new ClassFileImporter()
                .importClasses(Class.forName("dev.benchlens.format.BackEdgeFixture"), BenchlensCli.class, Run.class);

        assertThatThrownBy(() -> Floors.of("dev.benchlens", PackageRulesTest.CORE_FLOORS)
                        .withOptionalLayers(true)
                        .check(withBackEdge))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BackEdgeFixture")
                .hasMessageContaining("BenchlensCli");
    }

    @Test
    void theSameClassesWithoutTheBackEdgeKeepTheRule() {
        JavaClasses downward = new ClassFileImporter().importClasses(BenchlensCli.class, Run.class);

        assertThatCode(() -> Floors.of("dev.benchlens", PackageRulesTest.CORE_FLOORS)
                        .withOptionalLayers(true)
                        .check(downward))
                .doesNotThrowAnyException();
    }

    @Test
    void aPackageOnNoFloorBreaksTheRule() {
        JavaClasses outside = new ClassFileImporter().importClasses(Run.class, FloorsTest.class);

        assertThatThrownBy(() -> Floors.of("dev.benchlens.format", java.util.List.of(java.util.List.of("")))
                        .check(outside))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FloorsTest");
    }
}
