package org.maillage.model.services;

import java.util.Set;

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
}
