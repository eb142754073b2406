package org.maillage.generator.site.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/**
 * Where the site shows each finding of the rule catalogue: next to what it concerns, the action
 * or convention (on its plan's page), the actor, territory or objective (on its page), or the
 * plan; a finding on anything else is shown on the findings page only. Each finding has a
 * number, its place in the catalogue's list, which is its anchor ({@code finding-N}).
 */
final class FindingPlaces {

    /** The most findings one page lists: beyond, the findings of each rule are on pages of this many. */
    static final int PAGE_SIZE = 100;

    /** The findings of one rule, in pages of at most {@link #PAGE_SIZE} (their numbers). */
    record Rule(Severity severity, String code, List<List<Integer>> pages) {

        int count() {
            return pages.stream().mapToInt(List::size).sum();
        }
    }

    private final List<Finding> findings;
    private final Map<Severity, List<Rule>> rules = new EnumMap<>(Severity.class);
    private final Map<Integer, String> pageOf = new HashMap<>();
    private final Map<Plan, List<Finding>> byPlan = new HashMap<>();
    private final List<Finding> outsidePlans = new ArrayList<>();
    private final Map<EObject, List<Integer>> byHolder = new HashMap<>();
    private final List<NamedElement> holders = new ArrayList<>();

    FindingPlaces(List<Finding> findings) {
        this.findings = List.copyOf(findings);
        for (Finding finding : this.findings) {
            Plan plan = plan(finding.target());
            if (plan == null) {
                outsidePlans.add(finding);
            } else {
                byPlan.computeIfAbsent(plan, p -> new ArrayList<>()).add(finding);
            }
        }
        for (int i = 0; i < this.findings.size(); i++) {
            NamedElement holder = holder(this.findings.get(i).target());
            holders.add(holder);
            if (holder != null) {
                byHolder.computeIfAbsent(holder, h -> new ArrayList<>()).add(i);
            }
        }
        for (Severity severity : Severity.values()) {
            Map<String, List<Integer>> byCode = new LinkedHashMap<>();
            for (int i = 0; i < this.findings.size(); i++) {
                if (this.findings.get(i).severity() == severity) {
                    byCode.computeIfAbsent(this.findings.get(i).code(), c -> new ArrayList<>()).add(i);
                }
            }
            List<Rule> list = new ArrayList<>();
            byCode.forEach((code, numbers) -> {
                List<List<Integer>> pages = new ArrayList<>();
                for (int from = 0; from < numbers.size(); from += PAGE_SIZE) {
                    List<Integer> page = numbers.subList(from, Math.min(numbers.size(), from + PAGE_SIZE));
                    pages.add(page);
                    String base = paged() ? PageNames.findings(code, pages.size()) : PageNames.FINDINGS;
                    page.forEach(number -> pageOf.put(number, base));
                }
                list.add(new Rule(severity, code, pages));
            });
            rules.put(severity, list);
        }
    }

    /**
     * What a plan's diagrams, matrix and financing can show: the findings on the plan or in it,
     * and those on what no plan contains (actors, territories); never another plan's.
     */
    List<Finding> forPlan(Plan plan) {
        List<Finding> mine = new ArrayList<>(byPlan.getOrDefault(plan, List.of()));
        mine.addAll(outsidePlans);
        return mine;
    }

    /** The findings shown next to these elements (a part's actions), in catalogue order. */
    List<Finding> near(List<? extends EObject> elements) {
        return elements.stream().flatMap(e -> of(e).stream()).sorted().map(findings::get).toList();
    }

    private static Plan plan(EObject target) {
        for (EObject e = target; e != null; e = e.eContainer()) {
            if (e instanceof Plan plan) {
                return plan;
            }
        }
        return null;
    }

    /** Whether the findings are too many for one page: then each rule's are on pages of their own. */
    boolean paged() {
        return findings.size() > PAGE_SIZE;
    }

    /** The rules that found something of a severity, in the order of their first finding. */
    List<Rule> rules(Severity severity) {
        return rules.get(severity);
    }

    /** The page (its base name) that lists finding {@code number}. */
    String page(int number) {
        return pageOf.get(number);
    }

    List<Finding> all() {
        return findings;
    }

    /** The numbers of the findings shown next to {@code element}. */
    List<Integer> of(EObject element) {
        return byHolder.getOrDefault(element, List.of());
    }

    Finding get(int number) {
        return findings.get(number);
    }

    /** What finding {@code number} is shown next to, or null (shown on the findings page only). */
    NamedElement holder(int number) {
        return holders.get(number);
    }

    /** The page element a finding's target belongs to: action, convention, actor, territory, objective or plan. */
    static NamedElement holder(EObject target) {
        for (EObject e = target; e != null; e = e.eContainer()) {
            if (e instanceof Action || e instanceof Convention || e instanceof Actor || e instanceof Territory
                    || e instanceof Objective || e instanceof Plan) {
                return (NamedElement) e;
            }
        }
        return null;
    }
}
