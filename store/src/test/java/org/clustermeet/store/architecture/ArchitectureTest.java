package org.clustermeet.store.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of store as docs/architecture.md draws it: the API package on top of
 * {@code internal} (the SQL, the chain, the change codec), which knows nothing of it.
 */
@AnalyzeClasses(packages = "org.clustermeet.store", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule internalIsTheBottom = noClasses().that()
            .resideInAPackage("org.clustermeet.store.internal..").should().dependOnClassesThat()
            .resideInAPackage("org.clustermeet.store");
}
