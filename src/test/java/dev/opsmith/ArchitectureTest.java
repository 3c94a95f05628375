package dev.opsmith;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package graph of docs/design/architecture-notes.md: dependencies point down the table only.
 * Each entry lists the opsmith packages a package may use besides itself.
 */
class ArchitectureTest {
    private static final Map<String, String[]> ALLOWED = Map.of(
            "core", new String[] {},
            "format", new String[] {"core"},
            "rules", new String[] {"format", "core"},
            "suppress", new String[] {"format", "core"},
            "config", new String[] {"format", "core"},
            "report", new String[] {"core"},
            "scan", new String[] {"rules", "format", "suppress", "core"},
            "release", new String[] {"config", "core"});

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        // production classes only, wherever the build directory is (-Dopsmith.buildDir)
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("dev.opsmith");
    }

    @Test
    void dependenciesPointDownTheTable() {
        for (Map.Entry<String, String[]> e : ALLOWED.entrySet()) {
            String pkg = e.getKey();
            java.util.List<String> forbidden = new java.util.ArrayList<>();
            for (String other : new String[] {"core", "format", "rules", "suppress", "config", "report", "scan", "release", "cli"}) {
                if (other.equals(pkg) || java.util.Arrays.asList(e.getValue()).contains(other)) continue;
                forbidden.add("dev.opsmith." + other + "..");
            }
            noClasses().that().resideInAPackage("dev.opsmith." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because(pkg + " may use only " + String.join(", ", e.getValue()))
                    .allowEmptyShould(true) // a package of the table may not exist yet
                    .check(classes);
        }
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.opsmith.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.opsmith.cli..")
                .check(classes);
    }

    @Test
    void rulesDoNoIo() {
        noClasses().that().resideInAPackage("dev.opsmith.rules..")
                .and().doNotHaveSimpleName("RuleExamples").and().doNotHaveSimpleName("Coverage")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .because("rules are pure: external tools run in the analysis stage, files are read by the scanner")
                .check(classes);
    }
}
