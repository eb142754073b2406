package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The same workbench started with -nl en. */
class WorkbenchEnglishUITest {

    @Test
    void windowIsTitledMaillage() {
        WorkbenchAssertions.assertTitleIsMaillage();
    }

    @Test
    void cooperationPerspectiveIsEnglish() throws Exception {
        WorkbenchAssertions.assertCooperationPerspective("Cooperation");
    }

    @Test
    void menusAreEnglish() {
        assertEquals(List.of("&File", "&Edit", "&Maillage", "&Window", "&Help"), WorkbenchAssertions.menuBar());
    }
}
