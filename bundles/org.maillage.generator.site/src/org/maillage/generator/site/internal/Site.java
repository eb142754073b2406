package org.maillage.generator.site.internal;

import java.util.List;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;

/**
 * One language of the site being written: its words, the shared names and index, the findings
 * in that language, and the formats of the conventions' documents published beside the pages.
 */
record Site(SiteText text, PageNames names, SiteIndex index, FindingPlaces findings, List<String> documents) {

    String language() {
        return text.language();
    }

    /** The file of a page of this language. */
    String href(String base) {
        return names.file(base, language());
    }

    /**
     * A link target for a model element: its page, or its place on its plan's page (actions and
     * conventions); null when the element has no page (a proxy, a function).
     */
    String href(NamedElement element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        if (element instanceof Action action) {
            Plan plan = index.planOf.get(action);
            if (plan == null) {
                return null;
            }
            Integer part = index.partOf.get(action);
            String page = part == null ? names.base(plan) : PageNames.part(names.base(plan), part);
            return href(page) + "#" + PageNames.anchor("action", action);
        }
        if (element instanceof Convention convention && convention.eContainer() instanceof Plan plan) {
            return href(names.base(plan)) + "#" + PageNames.anchor("convention", convention);
        }
        if (element instanceof Plan || element instanceof Actor || element instanceof Territory
                || element instanceof Objective) {
            return href(names.base(element));
        }
        return null;
    }

    /** Where finding {@code number} is shown next to what it concerns, else its entry on the findings page. */
    String findingHref(int number) {
        NamedElement holder = findings.holder(number);
        String page = holder == null ? null : href(holder);
        String anchor = "finding-" + number;
        return page == null ? href(findings.page(number)) + "#" + anchor : page.replaceFirst("#.*", "") + "#" + anchor;
    }
}
