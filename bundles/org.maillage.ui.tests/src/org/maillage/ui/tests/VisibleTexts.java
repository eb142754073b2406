package org.maillage.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewReference;

/**
 * What a user reads in the window: every menu item of the menu bar (submenus opened as a click would
 * fill them) and the title of every open view; and words that give away a text left in the other language.
 */
final class VisibleTexts {

    /** Words of English menus that no French text uses. */
    static final Set<String> ENGLISH = Set.of("file", "edit", "open", "close", "save", "undo", "redo", "typing",
            "show", "active", "keybindings", "line", "go", "to", "refresh", "delete", "copy", "paste", "cut", "select",
            "all", "find", "replace", "new", "import", "export", "preferences", "window", "help", "search", "previous",
            "next", "back", "forward", "rename", "move", "print", "exit", "restart", "switch", "workspace", "building",
            "filter", "word", "completion", "toggle", "quick", "fix", "view", "other", "about", "editor", "editors",
            "properties", "revert", "last", "navigate", "resources", "project", "build", "clean");

    /** Words of French menus that no English text uses. */
    static final Set<String> FRENCH = Set.of("fichier", "édition", "ouvrir", "fermer", "enregistrer", "annuler",
            "rétablir", "afficher", "ligne", "actualiser", "supprimer", "copier", "coller", "couper", "sélectionner",
            "tout", "rechercher", "remplacer", "nouveau", "importer", "exporter", "préférences", "fenêtre", "aide",
            "précédent", "suivant", "renommer", "déplacer", "imprimer", "quitter", "redémarrer", "vue", "autre",
            "propriétés", "éditeur", "naviguer", "générer", "coopération", "problèmes", "explorateur", "projets",
            "diagramme", "qui", "fait", "quoi", "carte");

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private VisibleTexts() {
    }

    /** The menu bar's items, recursively, as "Menu > Item" without mnemonics or accelerators; and view titles. */
    static List<String> ofWindow() {
        List<String> texts = new ArrayList<>();
        walk(WorkbenchAssertions.window().getShell().getMenuBar(), "", texts);
        for (IViewReference view : WorkbenchAssertions.window().getActivePage().getViewReferences()) {
            texts.add("vue > " + view.getTitle());
        }
        return texts;
    }

    private static void walk(Menu menu, String path, List<String> texts) {
        if (menu == null) {
            return;
        }
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            String text = clean(item.getText());
            if (text.isEmpty()) {
                continue;
            }
            texts.add(path + text);
            walk(item.getMenu(), path + text + " > ", texts);
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static String clean(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").trim();
    }

    /** The texts (last part only) holding a word of the given set. */
    static List<String> holding(List<String> texts, Set<String> words) {
        return texts.stream().filter(text -> {
            String last = text.substring(text.lastIndexOf(" > ") + 1);
            var matcher = WORD.matcher(last.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                if (words.contains(matcher.group())) {
                    return true;
                }
            }
            return false;
        }).toList();
    }
}
