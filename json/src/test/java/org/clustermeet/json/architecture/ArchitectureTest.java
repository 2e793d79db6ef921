package org.clustermeet.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of json as docs/architecture.md draws it: the API package on top of
 * {@code read} and {@code write}, which share only {@code internal}.
 */
@AnalyzeClasses(packages = "org.clustermeet.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBelowTheApi = slices().matching("org.clustermeet.json.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule readingAndWritingDoNotUseTheApi = noClasses().that()
            .resideInAnyPackage("org.clustermeet.json.read..", "org.clustermeet.json.write..",
                    "org.clustermeet.json.internal..")
            .should().dependOnClassesThat().resideInAPackage("org.clustermeet.json");

    @ArchTest
    static final ArchRule readingDoesNotWrite = noClasses().that()
            .resideInAPackage("org.clustermeet.json.read..").should().dependOnClassesThat()
            .resideInAPackage("org.clustermeet.json.write..");

    @ArchTest
    static final ArchRule writingDoesNotRead = noClasses().that()
            .resideInAPackage("org.clustermeet.json.write..").should().dependOnClassesThat()
            .resideInAPackage("org.clustermeet.json.read..");

    @ArchTest
    static final ArchRule internalIsTheBottom = noClasses().that()
            .resideInAPackage("org.clustermeet.json.internal..").should().dependOnClassesThat()
            .resideInAnyPackage("org.clustermeet.json", "org.clustermeet.json.read..", "org.clustermeet.json.write..");
}
