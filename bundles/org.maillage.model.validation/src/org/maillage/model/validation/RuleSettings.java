package org.maillage.model.validation;

/**
 * What the catalogue lets users tune.
 *
 * @param workloadThreshold an actor R or A in more entries of one plan than this gets WORKLOAD
 */
public record RuleSettings(int workloadThreshold) {

    public static final RuleSettings DEFAULTS = new RuleSettings(12);
}
