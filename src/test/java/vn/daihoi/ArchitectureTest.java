package vn.daihoi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules the module check does not cover. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.daihoi");
    }

    @Test
    void pureModulesHaveNoFrameworkNoDatabaseNoIo() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("vn.daihoi.names..", "vn.daihoi.counting..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "java.io.File..",
                        "java.nio.file..",
                        "java.net..",
                        "tools.jackson..",
                        "com.fasterxml..")
                .because("engines are plain Java: a value goes in, a value comes out");
        rule.check(classes);
    }

    @Test
    void countingReadsNoClockAndNoStream() {
        noClasses()
                .that()
                .resideInAPackage("vn.daihoi.counting..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.time..", "vn.daihoi.tally..")
                .because("a recount must give the same answer anywhere, at any time, from the record alone")
                .check(classes);
    }

    @Test
    void nothingUsesTheSystemClockDirectly() {
        noClasses()
                .that()
                .resideInAPackage("vn.daihoi..")
                .and()
                .resideOutsideOfPackage("vn.daihoi.platform..")
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .because("time comes from the one Clock bean, so tests can set it")
                .check(classes);
    }

    @Test
    void persistenceIsNotBoundToTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("vn.daihoi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..")
                .because("we use plain SQL through JdbcClient; no entity is ever bound to a form or JSON")
                .check(classes);
    }
}
