package vn.daihoi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries are part of the build: a forbidden dependency fails it the day it is written. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DaihoiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
