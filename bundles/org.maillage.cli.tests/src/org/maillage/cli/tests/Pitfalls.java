package org.maillage.cli.tests;

import java.util.List;

/** A model with every pitfall of the rule catalogue, and where each one must be reported (CODE@line). */
final class Pitfalls {

    private Pitfalls() {
    }

    static final String TEXT = """
            territory R "Région" kind region
            territory Parc "Parc" kind park within R
            territory CCA "CC A" kind intercommunality within R overlaps Parc
            territory Loin "Ailleurs" kind area
            territory C1 "Cycle 1" kind area within C2
            territory C2 "Cycle 2" kind area within C1
            actor PNR "Parc" public covers Parc
            actor CC "CC" public covers CCA
            actor OT "Office" association covers CCA
            actor Boite "Entreprise" private
            actor Seul "Inutilisé" public
            function Decision "Décision"
            function Animation "Animation"
            plan P "Plan" from 2024 to 2026 {
                partners PNR, CC
                action A1 "Sans A" theme "Tourisme" on Parc {
                    Decision: R PNR
                    indicator "i"
                }
                action A2 "Deux A" {
                    Decision: A/R PNR, A CC
                    Animation: A PNR, C CC
                    indicator "i"
                }
                action A3 "Délégation" theme "Tourisme" on CCA {
                    Decision: A PNR, R OT
                    Animation: A/R CC
                }
                action A4 "Hors territoire" theme "Agriculture" on Loin {
                    Decision: A/R PNR
                    indicator "i"
                }
                action A5 "Chevauchement" theme "Tourisme" on CCA {
                    Animation: A/R PNR
                    indicator "i"
                }
                convention K1 "Sans comité" kind delegation
                    between PNR, Boite covers A4 from 2026-01-01 to 2025-01-01 {
                    funding LEADER 1000 EUR
                    funding FEDER 9000 EUR counterpart CC 1000 EUR
                }
                convention K2 "Hors période" kind partnership
                    between PNR, Boite from 2023-01-01 to 2026-12-31 {
                    funding FSE 100 EUR counterpart Boite 100 EUR
                    committee Cop "Copil" members PNR
                }
            }
            """;

    static final List<String> EXPECTED = List.of("TERR-CYCLE@5", "TERR-CYCLE@6", "UNUSED-ACTOR@11", "RACI-NO-A@17",
            "RACI-MANY-A@21", "RACI-NO-R@22", "DELEG-NO-CONV@26", "EVAL-NO-INDICATOR@25", "TERR-COVER@30",
            "OVERLAP@27", "OVERLAP@34", "CONV-NO-COMMITTEE@37", "CONV-PARTY-ROLE@37", "CONV-PERIOD@37",
            "CONV-LEGAL@37", "FUND-EU-COUNTERPART@39", "FUND-EU-RATE@40", "FUND-EU-COUNTERPART@44", "CONV-PERIOD@42");

    /**
     * Everything {@code validate} reports on the model, as the 1.0 catalogue did: a 1.0 model gains no
     * finding of 1.1. ({@code R} is a role letter, so the first lines also give syntax errors, and the
     * territories they declare are missing.)
     */
    static final List<String> REPORTED = List.of("CONV-LEGAL@37", "CONV-NO-COMMITTEE@37", "CONV-PARTY-ROLE@37",
            "CONV-PERIOD@37", "CONV-PERIOD@42", "DELEG-NO-CONV@21", "DELEG-NO-CONV@26", "EVAL-NO-INDICATOR@25",
            "FUND-EU-COUNTERPART@39", "FUND-EU-COUNTERPART@44", "FUND-EU-RATE@40", "OVERLAP@27", "OVERLAP@34",
            "RACI-MANY-A@21", "RACI-NO-A@17", "RACI-NO-R@22", "SYNTAX-UNEXPECTED@2", "SYNTAX-UNEXPECTED@3", "SYNTAX@1",
            "TERR-COVER@26", "TERR-COVER@30", "TERR-COVER@34", "TERR-CYCLE@5", "TERR-CYCLE@6", "UNUSED-ACTOR@11");
}
