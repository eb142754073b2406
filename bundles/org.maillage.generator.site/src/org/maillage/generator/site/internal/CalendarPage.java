package org.maillage.generator.site.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Committee;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.RuleDefaults;
import org.maillage.model.validation.RuleSettings;

/**
 * The calendar: the plans' periods, the conventions' periods in date order with their status
 * history, the committees and how often they meet, and the general renewals of councils the
 * rules know about (CONV-ELECTION's settings) with the conventions running across each and the
 * parties whose council is renewed.
 */
final class CalendarPage {

    /** A general renewal: which councils, when, the legal forms whose council it renews. */
    private record Renewal(String councils, LocalDate date, List<LegalForm> forms) {
    }

    private CalendarPage() {
    }

    static String body(Site site) {
        SiteText text = site.text();
        Html out = new Html();
        List<Plan> plans = site.index().plans;
        out.el("h2", text.get("calendar.plans"));
        out.tableUnderHeading("plans", text.get("calendar.plans"), text.get("home.plan"), text.get("plan.period"));
        for (Plan plan : plans) {
            out.raw("<tr><th scope=\"row\">");
            Fragments.link(out, site, plan);
            out.raw("</th>").el("td", text.get("plan.years", String.valueOf(plan.getFromYear()),
                    String.valueOf(plan.getToYear()))).raw("</tr>\n");
        }
        out.endTable();

        List<Convention> conventions = plans.stream().flatMap(p -> p.getConventions().stream())
                .sorted(Comparator.comparing((Convention c) -> c.getStartDate() == null ? "9999" : c.getStartDate()))
                .toList();
        out.el("h2", text.get("calendar.conventions"));
        if (conventions.isEmpty()) {
            out.el("p class=\"muted\"", text.get("plan.none"));
        } else {
            conventionsTable(out, site, conventions);
        }
        List<Committee> committees = conventions.stream().flatMap(c -> c.getCommittees().stream()).toList();
        out.el("h2", text.get("calendar.committees"));
        if (committees.isEmpty()) {
            out.el("p class=\"muted\"", text.get("plan.none"));
        } else {
            committeesTable(out, site, committees);
        }
        elections(out, site, conventions);
        return out.toString();
    }

    private static void conventionsTable(Html out, Site site, List<Convention> conventions) {
        SiteText text = site.text();
        out.tableUnderHeading("conventions", text.get("calendar.conventions"), text.get("calendar.convention"),
                text.get("calendar.from"), text.get("calendar.to"), text.get("convention.status"));
        for (Convention convention : conventions) {
            out.raw("<tr><th scope=\"row\">");
            Fragments.link(out, site, convention);
            out.raw("</th>").el("td class=\"date\"", SiteText.date(convention.getStartDate()))
                    .el("td class=\"date\"", SiteText.date(convention.getEndDate()))
                    .el("td", convention.getStatuses().stream().map(s -> ConventionSection.step(text, s))
                            .collect(Collectors.joining(" → ")))
                    .raw("</tr>\n");
        }
        out.endTable();
    }

    private static void committeesTable(Html out, Site site, List<Committee> committees) {
        SiteText text = site.text();
        out.tableUnderHeading("committees", text.get("calendar.committees"), text.get("calendar.committee"),
                text.get("calendar.convention"), text.get("calendar.meets"), text.get("calendar.members"));
        for (Committee committee : committees) {
            out.raw("<tr>").el("th scope=\"row\"", SiteText.title(committee)).raw("<td>");
            Fragments.link(out, site, (Convention) committee.eContainer());
            out.raw("</td>").el("td class=\"num\"", committee.getMeetingsPerYear() == null ? ""
                    : committee.getMeetingsPerYear().toPlainString()).el("td", String.valueOf(committee.getMembers().size()))
                    .raw("</tr>\n");
        }
        out.endTable();
    }

    private static void elections(Html out, Site site, List<Convention> conventions) {
        SiteText text = site.text();
        RuleSettings settings = RuleDefaults.current();
        List<Renewal> renewals = new ArrayList<>();
        settings.municipalRenewals().forEach(d -> renewals.add(new Renewal(text.get("calendar.municipal"), d,
                List.of(LegalForm.MUNICIPALITY, LegalForm.EPCI, LegalForm.SYNDICATE, LegalForm.WIDESYNDICATE))));
        settings.departmentalRenewals().forEach(d -> renewals.add(new Renewal(text.get("calendar.departmental"), d,
                List.of(LegalForm.DEPARTMENT))));
        settings.regionalRenewals().forEach(d -> renewals.add(new Renewal(text.get("calendar.regional"), d,
                List.of(LegalForm.REGION))));
        renewals.sort(Comparator.comparing(Renewal::date));
        out.el("h2", text.get("calendar.elections")).el("p", text.get("calendar.electionsIntro"));
        for (Renewal renewal : renewals) {
            out.el("h3", renewal.councils() + " – " + renewal.date());
            out.raw("<ul>");
            boolean any = false;
            for (Convention convention : conventions) {
                List<Actor> renewed = convention.getParties().stream()
                        .filter(a -> SiteIndex.live(a) && a.isSetForm() && renewal.forms().contains(a.getForm())).toList();
                if (!renewed.isEmpty() && across(convention, renewal.date())) {
                    any = true;
                    out.raw("<li>");
                    Fragments.link(out, site, convention);
                    out.text(text.get("colon"));
                    Fragments.links(out, site, renewed);
                    out.raw("</li>");
                }
            }
            if (!any) {
                out.el("li", text.get("calendar.noneAcross"));
            }
            out.raw("</ul>\n");
        }
    }

    private static boolean across(Convention convention, LocalDate date) {
        try {
            return convention.getStartDate() != null && convention.getEndDate() != null
                    && !LocalDate.parse(convention.getStartDate()).isAfter(date)
                    && !LocalDate.parse(convention.getEndDate()).isBefore(date);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }
}
