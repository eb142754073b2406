package org.maillage.model.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;

/** Facts about funding sources the checks and the documents share. */
public final class Fundings {

    /** The EU sources: their money only matches public co-funding, up to 80 %. */
    public static final Set<FundingSource> EU = Set.of(FundingSource.LEADER, FundingSource.FEADER,
            FundingSource.FEDER, FundingSource.FSE);

    private Fundings() {
    }

    public static boolean isEu(FundingSource source) {
        return EU.contains(source);
    }

    /**
     * The money a convention deals with: its own funding lines, then the financing plans of the
     * actions it covers (language 1.1), in the order written.
     */
    public static List<Funding> ofConvention(Convention convention) {
        List<Funding> lines = new ArrayList<>(convention.getFundings());
        for (Action action : convention.getCovers()) {
            if (!action.eIsProxy()) {
                lines.addAll(action.getFundings());
            }
        }
        return lines;
    }

    /** Whether EU money is involved in a convention: its own lines or those of the actions it covers. */
    public static boolean involvesEu(Convention convention) {
        return ofConvention(convention).stream().map(Funding::getSource).anyMatch(Fundings::isEu);
    }
}
