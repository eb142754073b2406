package org.maillage.model.services;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.ActorKind;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;

/**
 * The sums of a financing plan (language 1.1, DESIGN.md "Rules 1.1"), shared by the checks and
 * the documents. A missing amount counts as zero.
 * <ul>
 * <li><em>public funding</em>: every line and counterpart, except lines of source {@code private}
 * and money paid by an actor of kind {@code private} or {@code association};</li>
 * <li>an actor's <em>own share</em>: its {@code self} lines (a {@code self} line without {@code from}
 * is the owner's), every line {@code from} it, and the counterparts it brings;</li>
 * <li>a <em>national public</em> line: of source state, region, department, intercommunality,
 * municipality or self, paid by a public actor (or with no {@code from}: the source names a public payer).</li>
 * </ul>
 */
public final class FinancingPlans {

    /** The sources of national public money, the match EU funds ask for. */
    public static final Set<FundingSource> NATIONAL = Set.of(FundingSource.STATE, FundingSource.REGION,
            FundingSource.DEPARTMENT, FundingSource.INTERCOMMUNALITY, FundingSource.MUNICIPALITY, FundingSource.SELF);

    private FinancingPlans() {
    }

    /** Every amount of the lines, counterparts included. */
    public static BigDecimal total(Collection<Funding> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Funding line : lines) {
            total = total.add(amount(line)).add(counterpartAmount(line));
        }
        return total;
    }

    /** The public funding of the lines. */
    public static BigDecimal publicFunding(Collection<Funding> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Funding line : lines) {
            if (line.getSource() != FundingSource.PRIVATE && !isPrivatePayer(line.getFunder())) {
                total = total.add(amount(line));
            }
            if (line.getCounterpart() != null && !isPrivatePayer(line.getCounterpart())) {
                total = total.add(counterpartAmount(line));
            }
        }
        return total;
    }

    /** The money of EU sources in the lines (their counterparts excluded). */
    public static BigDecimal eu(Collection<Funding> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Funding line : lines) {
            if (Fundings.isEu(line.getSource())) {
                total = total.add(amount(line));
            }
        }
        return total;
    }

    /** What {@code actor} brings to the lines; {@code owner} is whose a {@code self} line without {@code from} is. */
    public static BigDecimal ownShare(Collection<Funding> lines, Actor actor, Actor owner) {
        BigDecimal share = BigDecimal.ZERO;
        for (Funding line : lines) {
            Actor payer = line.getFunder() == null && line.getSource() == FundingSource.SELF ? owner : line.getFunder();
            if (payer == actor) {
                share = share.add(amount(line));
            }
            if (line.getCounterpart() == actor) {
                share = share.add(counterpartAmount(line));
            }
        }
        return share;
    }

    /** Whether the line is national public money: a national source paid by a public actor. */
    public static boolean isNationalPublic(Funding line) {
        return NATIONAL.contains(line.getSource()) && (line.getFunder() == null || Actors.isPublic(line.getFunder()));
    }

    /** Private money: an actor of kind private or association. */
    private static boolean isPrivatePayer(Actor actor) {
        return actor != null && (actor.getKind() == ActorKind.PRIVATE || actor.getKind() == ActorKind.ASSOCIATION);
    }

    private static BigDecimal amount(Funding line) {
        return line.getAmount() == null ? BigDecimal.ZERO : line.getAmount();
    }

    private static BigDecimal counterpartAmount(Funding line) {
        return line.getCounterpart() == null || line.getCounterpartAmount() == null ? BigDecimal.ZERO
                : line.getCounterpartAmount();
    }
}
