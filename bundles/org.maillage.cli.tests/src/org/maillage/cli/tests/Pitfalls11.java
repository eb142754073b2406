package org.maillage.cli.tests;

import java.util.List;

/**
 * A 1.1 model with every pitfall of DESIGN.md's "Rules 1.1", and where each one must be reported
 * (CODE@line): the cost line, the first EU line, the funding line, the action's name, the entry,
 * the convention header, the offending status or amendment line, the status line.
 */
final class Pitfalls11 {

    private Pitfalls11() {
    }

    static final String TEXT = """
            territory Parc "Parc" kind park
            actor PNR "Parc" public form widesyndicate covers Parc
            actor CC "CC" public form epci
            actor Mairie "Commune" public form municipality
            actor Dep "Département" public form department
            actor Reg "Région" public form region
            actor OT "Office" association form association
            actor GAL "GAL" public
            actor Boite "Entreprise" private form company
            actor Synd "Syndicat" public form syndicate
            function Decision "Décision" decision
            function MO "Maîtrise d'ouvrage" ownership
            function Fin "Financement" funding
            function Comm "Communication" communication
            function Eval "Évaluation" evaluation
            plan P "Plan" from 2024 to 2027 {
                partners PNR, CC
                action Velo "Vélo" {
                    MO: A CC, R Dep
                    Fin: A/R CC
                    cost 100000 EUR investment
                    funding LEADER 85000 EUR from GAL
                    funding region 10000 EUR from Reg
                    funding self 4000 EUR from CC
                    indicator "km" target 40
                }
                action Fini "Terminée" {
                    Decision: A/R CC, C PNR, C Mairie, C Dep, C Reg, C OT, C GAL, I Boite, I Synd
                    Eval: A/R PNR
                    status done on 2025-06-30
                    indicator "Visiteurs" target 500
                }
                convention Deleg "Délégation" kind delegation between CC, PNR, Dep covers Fini
                    from 2025-01-01 to 2027-12-31 reviewed by Reg {
                    committee K1 "Copil" members CC, PNR, Dep
                    status voted on 2025-02-01
                    status draft on 2025-01-15
                    amendment Av1 "Avenant" on 2024-12-01
                    status signed on 2025-03-01
                }
                convention Mad "Mise à disposition" kind provision between CC, Synd covers Fini
                    lead CC reviewed by Reg {
                    commitment CC "Mettre à disposition le service"
                    committee K2 "Suivi" members CC, Synd
                }
            }
            """;

    static final List<String> EXPECTED = List.of("MO-NO-MANDATE@19", "FUND-PLAN-BALANCE@21", "FUND-MO-SHARE@21",
            "FUND-EU-RATE@22", "FUND-NO-ROLE@22", "FUND-NO-ROLE@23", "EU-NO-COMMUNICATION@18", "EVAL-NO-OWNER@18",
            "ACTION-MANY-ACTORS@27", "ACTION-DONE-NO-MEASURE@30", "CONV-DELEG-PARTY@33", "CONV-NO-LEAD@33",
            "CONV-NO-DELIBERATION@33", "CONV-NO-DELIBERATION@33",
            "CONV-NO-DELIBERATION@33", "CONV-ELECTION@33", "CONV-STATUS-ORDER@37", "CONV-STATUS-ORDER@38",
            "CONV-PROVISION-NO-AMOUNT@41", "CONV-PARTY-INFORMED@41");
}
