package org.maillage.vcs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;
import org.maillage.vcs.Change;

/** The rule catalogue's findings that appeared or disappeared, by code, element and message. */
public final class FindingChanges {

    private FindingChanges() {
    }

    public static List<Change> compare(List<CoopFile> before, List<CoopFile> after, Locale locale) {
        Map<String, Integer> old = new HashMap<>();
        List<Change> gone = new ArrayList<>();
        List<Change> appeared = new ArrayList<>();
        List<Change> oldChanges = changes(before, locale, Change.Kind.REMOVED);
        oldChanges.forEach(c -> old.merge(identity(c), 1, Integer::sum));
        Map<String, Integer> now = new HashMap<>();
        for (Change change : changes(after, locale, Change.Kind.ADDED)) {
            now.merge(identity(change), 1, Integer::sum);
            if (old.merge(identity(change), -1, Integer::sum) < 0) {
                appeared.add(change);
            }
        }
        for (Change change : oldChanges) {
            if (now.merge(identity(change), -1, Integer::sum) < 0) {
                gone.add(change);
            }
        }
        gone.addAll(appeared);
        return gone;
    }

    private static List<Change> changes(List<CoopFile> files, Locale locale, Change.Kind kind) {
        List<Change> result = new ArrayList<>();
        for (Finding finding : new RuleCatalogue(locale).check(files)) {
            String message = finding.message();
            result.add(new Change(Change.Section.FINDING, kind, finding.code(), path(finding.target()), null,
                    kind == Change.Kind.REMOVED ? message : "", kind == Change.Kind.ADDED ? message : "", false));
        }
        return result;
    }

    private static String identity(Change change) {
        return change.type() + "|" + change.element() + "|" + change.before() + change.after();
    }

    /** The path of identifiers of an element, as the element changes show it. */
    static String path(EObject object) {
        List<String> segments = new ArrayList<>();
        for (EObject o = object; o != null && !(o instanceof CoopFile); o = o.eContainer()) {
            segments.add(0, ElementKeys.segment(o));
        }
        return String.join("/", segments);
    }
}
