package org.maillage.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.maillage.model.coop.CoopFile;
import org.maillage.model.validation.internal.ActionFundingRules;
import org.maillage.model.validation.internal.ConventionKindRules;
import org.maillage.model.validation.internal.ConventionLifeCycleRules;
import org.maillage.model.validation.internal.ConventionRules;
import org.maillage.model.validation.internal.DelegationRule;
import org.maillage.model.validation.internal.FindingSink;
import org.maillage.model.validation.internal.FollowUpRules;
import org.maillage.model.validation.internal.FundingRules;
import org.maillage.model.validation.internal.ModelIndex;
import org.maillage.model.validation.internal.OverlapRule;
import org.maillage.model.validation.internal.PartyRules;
import org.maillage.model.validation.internal.RaciRules;
import org.maillage.model.validation.internal.Rule;
import org.maillage.model.validation.internal.TerritoryRules;
import org.maillage.model.validation.internal.UsageRules;

/**
 * The vigilance points of cooperation (DESIGN.md, rule catalogue), checked over a whole model:
 * every file of a project or of the paths given to the command line. Plain Java over the EMF
 * model, shared by the command line, the editor, the diagram and the generators. The rules of the
 * language 1.1 ("Rules 1.1") check only a model that uses a 1.1 clause: a 1.0 model keeps its findings.
 */
public final class RuleCatalogue {

    /** Every code the catalogue reports. */
    public static final List<String> CODES = List.of("RACI-NO-A", "RACI-MANY-A", "RACI-NO-R", "DELEG-NO-CONV",
            "OVERLAP", "TERR-COVER", "TERR-CYCLE", "FUND-EU-COUNTERPART", "FUND-EU-RATE", "CONV-NO-COMMITTEE",
            "CONV-PARTY-ROLE", "CONV-PERIOD", "CONV-LEGAL", "EVAL-NO-INDICATOR", "WORKLOAD", "UNUSED-ACTOR",
            "FUND-ZERO-AMOUNT", "CONV-ONE-PARTY", "CONV-PARTY-DUPLICATE", "CONV-LEAD-NOT-PARTY",
            "CONV-COMMITMENT-NOT-PARTY", "CONV-MEMBER-NOT-PARTY", "FUND-PLAN-BALANCE", "FUND-MO-SHARE",
            "FUND-NO-ROLE", "EU-NO-COMMUNICATION", "MO-NO-MANDATE", "CONV-DELEG-PARTY", "CONV-NO-LEAD",
            "CONV-NO-DELIBERATION", "CONV-STATUS-ORDER", "CONV-PROVISION-NO-AMOUNT", "CONV-PARTY-INFORMED",
            "CONV-ELECTION", "EVAL-NO-OWNER", "ACTION-DONE-NO-MEASURE", "ACTION-MANY-ACTORS");

    private final List<Rule> rules;
    private final Locale locale;

    public RuleCatalogue(Locale locale, RuleSettings settings) {
        this.locale = locale;
        this.rules = List.of(new RaciRules(), new DelegationRule(), new OverlapRule(), new TerritoryRules(),
                new FundingRules(), new ConventionRules(), new PartyRules(), new UsageRules(settings.workloadThreshold()),
                new ActionFundingRules(), new ConventionKindRules(), new ConventionLifeCycleRules(settings),
                new FollowUpRules(settings.manyActorsThreshold()));
    }

    /** The catalogue with the application's settings ({@link RuleDefaults}: the defaults on the command line). */
    public RuleCatalogue(Locale locale) {
        this(locale, RuleDefaults.current());
    }

    /** Checks the files as one model; findings come rule by rule, in source order within a rule. */
    public List<Finding> check(Collection<CoopFile> files) {
        ModelIndex model = new ModelIndex(files);
        List<Finding> findings = new ArrayList<>();
        FindingSink sink = new FindingSink(locale, findings);
        for (Rule rule : rules) {
            rule.check(model, sink);
        }
        return findings;
    }
}
