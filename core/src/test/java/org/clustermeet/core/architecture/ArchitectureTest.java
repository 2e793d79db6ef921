package org.clustermeet.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of core as docs/architecture.md draws it: the model packages at the
 * bottom, without cycles among them; {@code registry} above them; {@code query} above the registry;
 * {@code workflow} and {@code report} above queries; {@code publication} beside them.
 */
@AnalyzeClasses(packages = "org.clustermeet.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] MODEL = {"..core.id..", "..core.value..", "..core.internal..",
            "..core.participation..", "..core.organisation..", "..core.person..", "..core.label..",
            "..core.membership..", "..core.fact..", "..core.eligibility..", "..core.event..", "..core.registration.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.clustermeet.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy(MODEL)
            .layer("Registry").definedBy("..core.registry..")
            .layer("Query").definedBy("..core.query..")
            .layer("Workflow").definedBy("..core.workflow..")
            .layer("Report").definedBy("..core.report..")
            .layer("Publication").definedBy("..core.publication..")
            .whereLayer("Workflow").mayNotBeAccessedByAnyLayer()
            .whereLayer("Report").mayNotBeAccessedByAnyLayer()
            .whereLayer("Publication").mayNotBeAccessedByAnyLayer()
            .whereLayer("Query").mayOnlyBeAccessedByLayers("Workflow", "Report")
            .whereLayer("Registry").mayOnlyBeAccessedByLayers("Query", "Workflow", "Report", "Publication");

    @ArchTest
    static final ArchRule participationIsTheSharedVocabulary = noClasses().that()
            .resideInAPackage("..core.participation..").should().dependOnClassesThat()
            .resideInAnyPackage("..core.event..", "..core.registration..", "..core.eligibility..");

    @ArchTest
    static final ArchRule eligibilityKnowsNoEventOrRegistration = noClasses().that()
            .resideInAPackage("..core.eligibility..").should().dependOnClassesThat()
            .resideInAnyPackage("..core.event..", "..core.registration..");

    @ArchTest
    static final ArchRule registrationsKnowNoEventClasses = noClasses().that()
            .resideInAPackage("..core.registration..").should().dependOnClassesThat()
            .resideInAPackage("..core.event..");

    @ArchTest
    static final ArchRule valuesAndIdsStandAlone = noClasses().that()
            .resideInAnyPackage("..core.id..", "..core.value..").should().dependOnClassesThat()
            .resideInAnyPackage("org.clustermeet.core.(organisation|person|label|membership|fact|eligibility|event|"
                    + "registration|registry|query|workflow|report|publication)..");
}
