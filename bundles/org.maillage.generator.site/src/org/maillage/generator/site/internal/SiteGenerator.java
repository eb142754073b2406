package org.maillage.generator.site.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.DiagramPictures;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.IGenerator;
import org.maillage.generator.convention.internal.ConventionGenerator;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;

/**
 * {@code maillage publish} ({@code maillage generate site}): the whole model as a static site,
 * every page in French and in English ({@code <page>.fr.html}, {@code <page>.en.html}; the home
 * of the documents' language is {@code index.html}), the diagrams as SVG files beside them, and
 * with the formats {@code odt} and {@code docx} the conventions' documents, linked from their
 * pages. All file names come from ids ({@link PageNames}).
 */
public class SiteGenerator implements IGenerator {

    /** The languages of the site, the documents' language first. */
    static List<String> languages(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? List.of("en", "fr") : List.of("fr", "en");
    }

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<String> languages = languages(context.options().locale());
        SiteIndex index = new SiteIndex(context.model());
        PageNames names = new PageNames(languages.get(0));
        index.plans.forEach(names::base);
        index.actors.forEach(names::base);
        index.territories.forEach(names::base);
        index.objectives.forEach(names::base);
        List<String> documents = context.options().formats().stream().filter(f -> f.equals("odt") || f.equals("docx"))
                .toList();
        int pages = 3 + index.plans.size() * 3 + index.parts.values().stream().mapToInt(List::size).sum()
                + index.actors.size() + index.territories.size() + index.objectives.size();
        SubMonitor progress = SubMonitor.convert(context.monitor(), pages * languages.size() + 1);
        if (!documents.isEmpty()) {
            new ConventionGenerator().generate(new GenerationContext(context.model(), new GeneratorOptions(documents,
                    context.options().locale(), Optional.empty()), context.sink(), progress.split(1)));
        }
        for (String language : languages) {
            Locale locale = Locale.of(language);
            List<Finding> findings = new RuleCatalogue(locale).check(context.model());
            Site site = new Site(new SiteText(locale), names, index, new FindingPlaces(findings), documents);
            List<String> others = languages.stream().filter(l -> !l.equals(language)).toList();
            Pages out = new Pages(context, site, others, progress);
            out.page(PageNames.HOME, site.text().get("home.title"), HomePage.body(site));
            out.page(PageNames.FINDINGS, site.text().get("findings.title"), FindingsPage.body(site));
            for (FindingsPage.Page page : FindingsPage.pages(site)) {
                out.page(page.base(), page.title(), FindingsPage.body(site, page));
            }
            out.page(PageNames.CALENDAR, site.text().get("calendar.title"), CalendarPage.body(site));
            for (Plan plan : index.plans) {
                for (DiagramKind kind : DiagramKind.values()) {
                    out.check();
                    context.sink().writeText(DiagramFigure.file(site, plan, kind, language),
                            DiagramPictures.svg(kind, plan, locale, site.findings().forPlan(plan)));
                    progress.worked(1);
                }
                out.page(names.base(plan), SiteText.title(plan), PlanPage.body(site, plan));
                for (int n = 1; n <= index.parts.getOrDefault(plan, List.of()).size(); n++) {
                    out.page(PageNames.part(names.base(plan), n), PlanPartPage.title(site, plan, n),
                            PlanPartPage.body(site, plan, n));
                }
            }
            for (Actor actor : index.actors) {
                out.page(names.base(actor), SiteText.title(actor), ActorPage.body(site, actor));
            }
            for (Territory territory : index.territories) {
                out.page(names.base(territory), SiteText.title(territory), PlacePages.territory(site, territory));
            }
            for (Objective objective : index.objectives) {
                out.page(names.base(objective), SiteText.title(objective), PlacePages.objective(site, objective));
            }
        }
    }

    /** Writes the pages of one language, checking for cancellation before each. */
    private record Pages(GenerationContext context, Site site, List<String> others, SubMonitor progress) {

        void page(String base, String title, String body) throws java.io.IOException {
            check();
            context.sink().writeText(site.href(base), SitePage.write(site, others, base, title, body));
            progress.worked(1);
        }

        void check() {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
    }

}
