package org.maillage.dsl.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.internal.DslMessages;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Amendment;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Deliberation;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;

import com.google.inject.Inject;

/**
 * The checks of the .coop language: stray tokens (error recovery), names unique across all
 * files, valid dates and periods, and the rule catalogue of org.maillage.model.validation run
 * over the whole resource set.
 */
public class CoopValidator extends AbstractCoopValidator {

    public static final String UNEXPECTED = "SYNTAX-UNEXPECTED";
    public static final String DUPLICATE = "NAME-DUPLICATE";
    public static final String DATE = "VALUE-DATE";
    public static final String PLAN_PERIOD = "PLAN-PERIOD";
    public static final String COST_REPEATED = "COST-REPEATED";

    @Inject
    private DiagnosticLanguage language;

    @Inject
    private StrayTokens strays;

    @Inject
    private DuplicateNames duplicates;

    @Inject
    private CatalogueRunner catalogue;

    @Inject
    private CostLines costLines;

    @Check(CheckType.FAST)
    public void checkStrayTokens(CoopFile file) {
        for (StrayTokens.Stray stray : strays.find(file)) {
            if (afterSyntaxError(file, stray.offset())) {
                continue;
            }
            getMessageAcceptor().acceptError(message(stray.messageKey(), stray.text()), file, stray.offset(),
                    stray.length(), UNEXPECTED, message("stray.hint"));
        }
    }

    @Check(CheckType.NORMAL)
    public void checkUniqueNames(CoopFile file) {
        for (DuplicateNames.Duplicate duplicate : duplicates.find(file)) {
            error(message("name.duplicate", duplicate.element().getName(), duplicate.elsewhere()),
                    duplicate.element(), CoopPackage.Literals.NAMED_ELEMENT__NAME, DUPLICATE,
                    message("name.duplicate.hint"));
        }
    }

    @Check(CheckType.FAST)
    public void checkDates(Convention convention) {
        checkDate(convention, CoopPackage.Literals.CONVENTION__START_DATE, convention.getStartDate());
        checkDate(convention, CoopPackage.Literals.CONVENTION__END_DATE, convention.getEndDate());
    }

    @Check(CheckType.FAST)
    public void checkDate(ActionStep step) {
        checkDate(step, CoopPackage.Literals.ACTION_STEP__DATE, step.getDate());
    }

    @Check(CheckType.FAST)
    public void checkDate(ConventionStep step) {
        checkDate(step, CoopPackage.Literals.CONVENTION_STEP__DATE, step.getDate());
    }

    @Check(CheckType.FAST)
    public void checkDate(Deliberation deliberation) {
        checkDate(deliberation, CoopPackage.Literals.DELIBERATION__DATE, deliberation.getDate());
    }

    @Check(CheckType.FAST)
    public void checkDate(Amendment amendment) {
        checkDate(amendment, CoopPackage.Literals.AMENDMENT__DATE, amendment.getDate());
    }

    /** An action has one cost line: a second one would silently replace the first. */
    @Check(CheckType.FAST)
    public void checkOneCostLine(Action action) {
        List<INode> lines = costLines.of(action);
        for (INode repeated : lines.subList(Math.min(1, lines.size()), lines.size())) {
            getMessageAcceptor().acceptError(message("cost.repeated"), action, repeated.getOffset(),
                    repeated.getLength(), COST_REPEATED, message("cost.repeated.hint"));
        }
    }

    @Check(CheckType.FAST)
    public void checkPlanPeriod(Plan plan) {
        if (plan.getToYear() < plan.getFromYear()) {
            error(message("plan.period", plan.getFromYear(), plan.getToYear()), plan,
                    CoopPackage.Literals.PLAN__TO_YEAR, PLAN_PERIOD, message("plan.period.hint"));
        }
    }

    /** The vigilance points, computed once for the resource set and reported where they belong. */
    @Check(CheckType.NORMAL)
    public void checkCatalogue(CoopFile file) {
        for (Finding finding : catalogue.findings(file.eResource(), language.get())) {
            if (finding.target().eResource() != file.eResource()) {
                continue;
            }
            ITextRegion region = FindingRegions.of(finding);
            String[] data = finding.hint() == null ? new String[0] : new String[] { finding.hint() };
            EObject target = finding.target();
            switch (finding.severity()) {
            case ERROR -> getMessageAcceptor().acceptError(finding.message(), target, region.getOffset(),
                    region.getLength(), finding.code(), data);
            case WARNING -> getMessageAcceptor().acceptWarning(finding.message(), target, region.getOffset(),
                    region.getLength(), finding.code(), data);
            case INFO -> getMessageAcceptor().acceptInfo(finding.message(), target, region.getOffset(),
                    region.getLength(), finding.code(), data);
            }
        }
    }

    /** A stray token right where the parser already reported an error adds nothing. */
    private static boolean afterSyntaxError(CoopFile file, int offset) {
        return file.eResource().getErrors().stream()
                .anyMatch(e -> e instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic d
                        && d.getOffset() <= offset && offset <= d.getOffset() + Math.max(d.getLength(), 1));
    }

    private void checkDate(EObject element, EAttribute feature, String text) {
        if (text == null) {
            return;
        }
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(message("value.date", text), element, feature, DATE, message("value.date.hint"));
        }
    }

    private String message(String key, Object... arguments) {
        Locale locale = language.get();
        return DslMessages.get(locale, key, arguments);
    }
}
