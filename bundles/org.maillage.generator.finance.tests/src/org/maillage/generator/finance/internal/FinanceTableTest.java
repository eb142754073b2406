package org.maillage.generator.finance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.ActorKind;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.coop.Cost;
import org.maillage.model.coop.Expenditure;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.coop.Nature;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/** The figures of the financing document and the findings shown next to each action's row. */
class FinanceTableTest {

    private static final CoopFactory F = CoopFactory.eINSTANCE;

    private final Actor commune = actor("Commune", ActorKind.PUBLIC, LegalForm.MUNICIPALITY);
    private final Actor region = actor("Region", ActorKind.PUBLIC, LegalForm.REGION);
    private final Actor gal = actor("GAL", ActorKind.PUBLIC, null);
    private final Actor asso = actor("Asso", ActorKind.ASSOCIATION, LegalForm.ASSOCIATION);
    private final Plan plan = F.createPlan();

    /**
     * Cost 100 000, investment: LEADER 50 000 from GAL with a counterpart of 12 500 from the
     * region, region 20 000, an association's 10 000 (not public), the commune's self 7 500.
     */
    private Action action() {
        plan.setName("P");
        plan.setTitle("Plan");
        Action action = F.createAction();
        action.setName("A1");
        action.setTitle("Halle");
        Function ownership = F.createFunction();
        ownership.setName("MO");
        ownership.setNature(Nature.OWNERSHIP);
        FunctionAssignment entry = F.createFunctionAssignment();
        entry.setFunction(ownership);
        RoleAssignment a = F.createRoleAssignment();
        a.getRoles().add(Role.A);
        a.setActor(commune);
        entry.getRoles().add(a);
        action.getAssignments().add(entry);
        Cost cost = F.createCost();
        cost.setAmount(new BigDecimal("100000"));
        cost.setExpenditure(Expenditure.INVESTMENT);
        action.setCost(cost);
        action.getFundings().add(line(FundingSource.LEADER, "50000", gal, region, "12500"));
        action.getFundings().add(line(FundingSource.REGION, "20000", region, null, null));
        action.getFundings().add(line(FundingSource.PRIVATE, "10000", asso, null, null));
        action.getFundings().add(line(FundingSource.SELF, "7500", null, null, null));
        plan.getActions().add(action);
        return action;
    }

    @Test
    void ownShareIsMeasuredAgainstPublicFundingAndTheTwentyPercentLine() {
        Action action = action();
        FinanceTable table = new FinanceTable(plan, List.of());
        FinanceTable.Row row = table.rows.get(0);
        assertEquals(commune, row.owner(), "the A of the ownership function");
        assertEquals(new BigDecimal("90000"), row.publicFunding(), "the association's line is not public");
        assertEquals(new BigDecimal("7500"), row.ownShare(), "a self line without from is the owner's");
        assertEquals("8.3", row.ownRate());
        assertEquals(FinanceTable.Line.BELOW, row.line());
        assertEquals("50.0", row.shareOfCost(row.bySource().get(FundingSource.LEADER)));
        assertEquals(List.of(FundingSource.LEADER, FundingSource.REGION, FundingSource.SELF, FundingSource.PRIVATE),
                table.sources, "the sources used, in the language's order");

        action.getFundings().get(3).setAmount(new BigDecimal("20625"));
        FinanceTable.Row reached = new FinanceTable(plan, List.of()).rows.get(0);
        assertEquals("20.0", reached.ownRate(), "20 625 of 103 125 public");
        assertEquals(FinanceTable.Line.REACHED, reached.line());
        action.getFundings().get(3).setAmount(new BigDecimal("20624"));
        assertEquals(FinanceTable.Line.BELOW, new FinanceTable(plan, List.of()).rows.get(0).line(), "just below");
    }

    @Test
    void theLineDoesNotApplyToOperatingCostsNorToOtherOwners() {
        Action action = action();
        action.getCost().setExpenditure(Expenditure.OPERATING);
        assertEquals(FinanceTable.Line.NOT_APPLICABLE, new FinanceTable(plan, List.of()).rows.get(0).line());
        action.getCost().unsetExpenditure();
        assertEquals(FinanceTable.Line.NOT_APPLICABLE, new FinanceTable(plan, List.of()).rows.get(0).line(),
                "an unstated expenditure is not an investment");
        action.getCost().setExpenditure(Expenditure.INVESTMENT);
        commune.setForm(LegalForm.ASSOCIATION);
        assertEquals(FinanceTable.Line.NOT_APPLICABLE, new FinanceTable(plan, List.of()).rows.get(0).line());
        commune.unsetForm();
        assertEquals(FinanceTable.Line.NOT_APPLICABLE, new FinanceTable(plan, List.of()).rows.get(0).line(),
                "an unstated form is not a municipality");
    }

    @Test
    void totalsPerFunderCountCounterpartsForWhoBringsThem() {
        action();
        FinanceTable table = new FinanceTable(plan, List.of());
        assertEquals(new BigDecimal("32500"), table.byFunder.get(new FinanceTable.Funder(region, null)));
        assertEquals(new BigDecimal("7500"), table.byFunder.get(new FinanceTable.Funder(commune, null)));
        assertEquals(new BigDecimal("50000"), table.byFunder.get(new FinanceTable.Funder(gal, null)));
        assertEquals(new BigDecimal("100000"), table.totalFunding());
        assertEquals(new BigDecimal("50000"), table.totalOf(FundingSource.LEADER));
    }

    @Test
    void findingsOnTheActionsMoneyStandNextToItsRow() {
        Action action = action();
        Action other = F.createAction();
        other.setName("A2");
        plan.getActions().add(other);
        Finding onLine = finding("FUND-EU-COUNTERPART", action.getFundings().get(0));
        Finding onCost = finding("FUND-PLAN-BALANCE", action.getCost());
        Finding moneyOnAction = finding("EU-NO-COMMUNICATION", action);
        Finding otherRule = finding("EVAL-NO-INDICATOR", action);
        Finding onOther = finding("FUND-ZERO-AMOUNT", other);
        FinanceTable table = new FinanceTable(plan, List.of(onLine, onCost, moneyOnAction, otherRule, onOther));
        assertEquals(List.of(onLine, onCost, moneyOnAction), table.rows.get(0).findings());
        assertEquals(List.of(onOther), table.rows.get(1).findings());

        String html = new FinanceHtml(table, new FinanceText(Locale.FRENCH)).write();
        int row = html.indexOf(">Halle</th>");
        int next = html.indexOf("</tr>", row);
        assertTrue(row > 0 && html.substring(row, next).contains("FUND-EU-COUNTERPART")
                && html.substring(row, next).contains("FUND-PLAN-BALANCE"), "the findings in the action's row");
        assertTrue(!html.substring(row, next).contains("EVAL-NO-INDICATOR"), "only the money rules on the action");
        String csv = FinanceCsv.write(table);
        assertTrue(csv.contains(";FUND-EU-COUNTERPART,FUND-PLAN-BALANCE,EU-NO-COMMUNICATION\r\n"), csv);
        assertNull(table.rows.get(1).owner());
    }

    private static Actor actor(String name, ActorKind kind, LegalForm form) {
        Actor actor = F.createActor();
        actor.setName(name);
        actor.setTitle(name);
        actor.setKind(kind);
        if (form != null) {
            actor.setForm(form);
        }
        return actor;
    }

    private static Funding line(FundingSource source, String amount, Actor from, Actor counterpart, String match) {
        Funding line = F.createFunding();
        line.setSource(source);
        line.setAmount(new BigDecimal(amount));
        line.setFunder(from);
        if (counterpart != null) {
            line.setCounterpart(counterpart);
            line.setCounterpartAmount(new BigDecimal(match));
        }
        return line;
    }

    private static Finding finding(String code, org.eclipse.emf.ecore.EObject target) {
        return new Finding(code, Severity.WARNING, target, Anchor.ELEMENT, "message " + code, null);
    }
}
