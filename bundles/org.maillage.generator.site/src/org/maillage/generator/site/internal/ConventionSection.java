package org.maillage.generator.site.internal;

import java.util.stream.Collectors;

import org.maillage.model.coop.Commitment;
import org.maillage.model.coop.Committee;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.Deliberation;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.Amendment;

/**
 * One convention on its plan's page: kind, parties, period, lead, reviewer, the framework it
 * implements, the actions it covers, its status history, deliberations and amendments, its
 * commitments, funding lines and committees, links to its documents when they are published
 * beside the pages, and the findings that concern it.
 */
final class ConventionSection {

    private ConventionSection() {
    }

    static void write(Html out, Site site, Convention convention) {
        SiteText text = site.text();
        out.raw("<section class=\"item\" id=\"").raw(PageNames.anchor("convention", convention)).raw("\">\n")
                .el("h3", SiteText.title(convention)).raw("\n<dl class=\"facts\">");
        Fragments.fact(out, text.get("convention.kind"), text.label(convention.getKind()));
        out.el("dt", text.get("convention.parties")).raw("<dd>");
        Fragments.links(out, site, convention.getParties());
        out.raw("</dd>");
        if (convention.getStartDate() != null || convention.getEndDate() != null) {
            Fragments.fact(out, text.get("convention.period"), text.get("convention.fromTo",
                    SiteText.date(convention.getStartDate()), SiteText.date(convention.getEndDate())));
        }
        Fragments.fact(out, site, text.get("convention.lead"), convention.getLead());
        Fragments.fact(out, site, text.get("convention.reviewer"), convention.getReviewer());
        Fragments.fact(out, site, text.get("convention.under"), convention.getUnder());
        Fragments.fact(out, site, text.get("convention.covers"), convention.getCovers());
        Fragments.fact(out, text.get("convention.status"), convention.getStatuses().stream()
                .map(step -> step(text, step)).collect(Collectors.joining(" → ")));
        String name = PageNames.safe(convention.getName());
        if (!site.documents().isEmpty() && name.equals(convention.getName())) {
            out.el("dt", text.get("convention.documents")).raw("<dd>");
            for (String format : site.documents()) {
                out.raw(format.equals(site.documents().get(0)) ? "" : ", ")
                        .link(name + "." + format, text.get("convention.document", format.toUpperCase(java.util.Locale.ROOT)));
            }
            out.raw("</dd>");
        }
        out.raw("</dl>\n");
        lists(out, site, convention);
        Fragments.findings(out, site, convention);
        out.raw("</section>\n");
    }

    static String step(SiteText text, ConventionStep step) {
        return Fragments.step(text, step.getStatus(), step.getDate());
    }

    private static void lists(Html out, Site site, Convention convention) {
        SiteText text = site.text();
        if (!convention.getDeliberations().isEmpty()) {
            out.el("h4", text.get("convention.deliberations")).raw("<ul>");
            for (Deliberation deliberation : convention.getDeliberations()) {
                out.raw("<li>");
                Fragments.link(out, site, deliberation.getParty());
                out.text(" – " + deliberation.getAct() + " – " + SiteText.date(deliberation.getDate())).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        if (!convention.getAmendments().isEmpty()) {
            out.el("h4", text.get("convention.amendments")).raw("<ul>");
            for (Amendment amendment : convention.getAmendments()) {
                out.el("li", SiteText.title(amendment) + " – " + SiteText.date(amendment.getDate()));
            }
            out.raw("</ul>\n");
        }
        if (!convention.getCommitments().isEmpty()) {
            out.el("h4", text.get("convention.commitments")).raw("<ul>");
            for (Commitment commitment : convention.getCommitments()) {
                out.raw("<li>");
                Fragments.link(out, site, commitment.getParty());
                out.text(" – " + (commitment.getTitle() == null ? "" : commitment.getTitle())
                        + (commitment.getAmount() == null ? "" : " – " + text.euros(commitment.getAmount()))).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        if (!convention.getFundings().isEmpty()) {
            out.el("h4", text.get("convention.fundings")).raw("<ul>");
            for (Funding line : convention.getFundings()) {
                out.raw("<li>").text(text.label(line.getSource()) + " – " + text.euros(line.getAmount()));
                if (SiteIndex.live(line.getFunder())) {
                    out.text(" – " + text.get("funding.from") + " ");
                    Fragments.link(out, site, line.getFunder());
                }
                if (SiteIndex.live(line.getCounterpart())) {
                    out.text(" – " + text.get("funding.counterpart") + " ");
                    Fragments.link(out, site, line.getCounterpart());
                    out.text(" " + text.euros(line.getCounterpartAmount()));
                }
                out.raw("</li>");
            }
            out.raw("</ul>\n");
        }
        if (!convention.getCommittees().isEmpty()) {
            out.el("h4", text.get("convention.committees")).raw("<ul>");
            for (Committee committee : convention.getCommittees()) {
                out.raw("<li>").text(SiteText.title(committee)).text(" – ");
                Fragments.links(out, site, committee.getMembers());
                if (committee.getMeetingsPerYear() != null) {
                    out.text(" – " + text.get("committee.meets", committee.getMeetingsPerYear().toPlainString()));
                }
                out.raw("</li>");
            }
            out.raw("</ul>\n");
        }
    }
}
