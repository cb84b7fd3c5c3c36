package dev.benchlens.bench;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** bench's packages depend on each other one way: kernels at the bottom, the suite and the table on top. */
@AnalyzeClasses(packages = "dev.benchlens.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("dev.benchlens.bench.(*)..").should().beFreeOfCycles();
}
