package org.maillage.model.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the catalogue lets users tune.
 *
 * @param workloadThreshold an actor R or A in more entries of one plan than this gets WORKLOAD
 * @param manyActorsThreshold more distinct actors holding roles in one action than this gets ACTION-MANY-ACTORS
 * @param municipalRenewals general renewals of municipal councils (CONV-ELECTION: forms municipality,
 *        epci, syndicate, widesyndicate)
 * @param departmentalRenewals general renewals of departmental councils (form department)
 * @param regionalRenewals general renewals of regional councils (form region)
 */
public record RuleSettings(int workloadThreshold, int manyActorsThreshold, List<LocalDate> municipalRenewals,
        List<LocalDate> departmentalRenewals, List<LocalDate> regionalRenewals) {

    public static final RuleSettings DEFAULTS = new RuleSettings(12, 8,
            List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2032, 3, 15)), List.of(LocalDate.of(2028, 3, 15)),
            List.of(LocalDate.of(2028, 3, 15)));

    public RuleSettings {
        municipalRenewals = List.copyOf(Objects.requireNonNull(municipalRenewals));
        departmentalRenewals = List.copyOf(Objects.requireNonNull(departmentalRenewals));
        regionalRenewals = List.copyOf(Objects.requireNonNull(regionalRenewals));
    }

    /** The defaults with another WORKLOAD threshold. */
    public RuleSettings(int workloadThreshold) {
        this(workloadThreshold, DEFAULTS.manyActorsThreshold(), DEFAULTS.municipalRenewals(),
                DEFAULTS.departmentalRenewals(), DEFAULTS.regionalRenewals());
    }

    public RuleSettings withManyActorsThreshold(int threshold) {
        return new RuleSettings(workloadThreshold, threshold, municipalRenewals, departmentalRenewals, regionalRenewals);
    }

    public RuleSettings withRenewals(List<LocalDate> municipal, List<LocalDate> departmental, List<LocalDate> regional) {
        return new RuleSettings(workloadThreshold, manyActorsThreshold, municipal, departmental, regional);
    }
}
