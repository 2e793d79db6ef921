package org.clustermeet.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the server as docs/architecture.md draws it: the API package on
 * top of {@code internal} (routes, handlers, sessions, the actions on the store), which knows
 * nothing of it; the compiled templates read {@code internal}'s views and texts, never the reverse.
 */
@AnalyzeClasses(packages = "org.clustermeet.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule internalKnowsNothingOfTheApi = noClasses().that()
            .resideInAPackage("org.clustermeet.server.internal..").should().dependOnClassesThat()
            .resideInAPackage("org.clustermeet.server");

    @ArchTest
    static final ArchRule internalDoesNotNameTheTemplatesClasses = noClasses().that()
            .resideInAPackage("org.clustermeet.server.internal..").should().dependOnClassesThat()
            .resideInAPackage("org.clustermeet.server.pages..");
}
