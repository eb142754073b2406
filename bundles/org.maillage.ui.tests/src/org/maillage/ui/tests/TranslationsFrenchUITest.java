package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.internal.DslUiMessages;
import org.maillage.ui.internal.Messages;

/**
 * Every user-visible string exists in French and English with the same keys, each NLS field
 * has its message, the platform's own dialogs and views speak French, and a .coop file opens
 * in a text editor in this menu structure.
 */
class TranslationsFrenchUITest {

    @Test
    void messageBundlesHaveTheSameKeysInBothLanguagesAndOneFieldPerKey() throws Exception {
        assertBundle("org.maillage.ui", "org/maillage/ui/internal/messages", Messages.class);
        assertBundle("org.maillage.dsl.ui", "org/maillage/dsl/ui/internal/messages", DslUiMessages.class);
        for (String bundle : new String[] { "org.maillage.ui", "org.maillage.dsl.ui" }) {
            assertEquals(keys(bundle, "plugin.properties"), keys(bundle, "plugin_en.properties"), bundle + " plugin texts");
        }
    }

    @Test
    void platformDialogsAndViewsSpeakFrench() {
        assertEquals("&Terminer", IDialogConstants.FINISH_LABEL);
        assertEquals("Annuler", IDialogConstants.CANCEL_LABEL);
        assertEquals("Problèmes", PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.views.ProblemView")
                .getLabel());
        assertEquals("Explorateur de projets", PlatformUI.getWorkbench().getViewRegistry()
                .find("org.eclipse.ui.navigator.ProjectExplorer").getLabel());
        assertEquals("Structure", PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.views.ContentOutline")
                .getLabel());
    }

    @Test
    void noMenuItemNorViewTitleIsLeftInEnglish() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-menus");
        var editor = IDE.openEditor(WorkbenchAssertions.window().getActivePage(), project.getFile("referentiel.coop"));
        var text = editor.getAdapter(ITextEditor.class);
        text.getDocumentProvider().getDocument(text.getEditorInput()).replace(0, 0, " ");
        ExampleProject.processEvents();
        List<String> english = VisibleTexts.holding(VisibleTexts.ofWindow(), VisibleTexts.ENGLISH);
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
        assertEquals(List.of(), english, "English in the French window");
    }

    @Test
    void problemIconsAreDeclared() {
        for (String key : new String[] { "IMG_OBJS_ERROR_PATH", "IMG_OBJS_WARNING_PATH", "IMG_OBJS_INFO_PATH" }) {
            assertNotNull(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key), key);
        }
    }

    @Test
    void aCoopFileOpensInATextEditor() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-editeur");
        var editor = IDE.openEditor(WorkbenchAssertions.window().getActivePage(), project.getFile("referentiel.coop"));
        ExampleProject.processEvents();
        assertNotNull(editor.getAdapter(ITextEditor.class), "a text editor, not an error part: " + editor);
        assertTrue(editor.getTitle().equals("referentiel.coop"));
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    static void assertBundle(String bundle, String base, Class<?> fields) throws Exception {
        Set<String> french = keys(bundle, base + ".properties");
        assertEquals(french, keys(bundle, base + "_en.properties"), base + ": same keys in French and English");
        Set<String> declared = Arrays.stream(fields.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                        && Modifier.isPublic(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, french, base + ": one message per field, no stray line");
    }

    static Set<String> keys(String bundle, String path) throws Exception {
        URL url = Platform.getBundle(bundle).getEntry(path);
        assertNotNull(url, bundle + "/" + path);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
