package org.maillage.dsl.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes large, realistic and valid .coop models (no error; warnings and infos may occur), for
 * benchmarks, round-trip tests and fuzzing seeds. The same seed, size and language version always give
 * the same text; optional clauses of every rule are drawn at random so that all of the language is
 * exercised. A 1.0 model is the text earlier versions wrote, so that 1.0 and 1.1 can be compared.
 */
public final class PlanGenerator {

    /** Model sizes: S ≈ 500 lines, M ≈ 5,000, L ≈ 50,000 (5,000 actions, 400 actors, 60 territories, 300 conventions). */
    public enum Size {
        S(6, 40, 50, 30, 5), M(20, 120, 500, 100, 10), L(60, 400, 5000, 300, 25);

        final int territories;
        final int actors;
        final int actions;
        final int conventions;
        final int plans;

        Size(int territories, int actors, int actions, int conventions, int plans) {
            this.territories = territories;
            this.actors = actors;
            this.actions = actions;
            this.conventions = conventions;
            this.plans = plans;
        }
    }

    /** The language version of the text written. */
    public enum Version {
        V1_0, V1_1
    }

    private static final String[] FUNCTIONS = { "Decision", "Pilotage", "MaitriseOuvrage", "Realisation",
            "Expertise", "Animation", "Financement", "Communication", "Evaluation" };
    private static final String[] NATURES = { "decision", "steering", "ownership", "delivery", "expertise",
            "facilitation", "funding", "communication", "evaluation" };
    private static final String[] PUBLIC_FORMS = { "epci", "municipality", "syndicate", "department", "region",
            "establishment" };
    private static final String[] KINDS_1_1 = { "mandate", "transfer", "service", "provision" };
    private static final String[] THEMES = { "Tourisme", "Agriculture", "Mobilité", "Énergie", "Culture",
            "Eau", "Forêt", "Habitat" };
    private static final String[] KINDS = { "framework", "application", "partnership", "grouping" };
    private static final String[] TITLES = { "Schéma des sentiers", "Circuits courts", "Plan climat",
            "Rénovation \"énergétique\"", "Itinérance douce", "Culture en \\ milieu rural", "Forêt & bois – filière",
            "Accueil d'actifs", "Éco-mobilité ⛰" };

    private final Random random;
    private final Size size;
    private final boolean v11;
    private final StringBuilder out = new StringBuilder();
    private final List<String> intercommunalities = new ArrayList<>();
    private final List<String> publicActors = new ArrayList<>();
    private final List<String> allActors = new ArrayList<>();
    /** The actors of the plan being written: a plan involves a dozen structures, not all of them. */
    private List<String> planActors = List.of();
    /** The plan's first framework convention, which its application conventions implement (1.1). */
    private String framework;

    /** A 1.1 model: legal forms, natures, costs, financing plans, statuses, life cycles. */
    public PlanGenerator(long seed, Size size) {
        this(seed, size, Version.V1_1);
    }

    public PlanGenerator(long seed, Size size, Version version) {
        this.random = new Random(seed);
        this.size = size;
        this.v11 = version == Version.V1_1;
    }

    /** The whole model as the text of one file. */
    public String generate() {
        out.append("// Modèle généré (").append(size).append(") : référentiel et plans de coopération.\n");
        territories();
        actors();
        functions();
        objectives();
        int actionsPerPlan = Math.max(1, size.actions / size.plans);
        int conventionsPerPlan = Math.max(1, size.conventions / size.plans);
        for (int p = 0; p < size.plans; p++) {
            plan(p, actionsPerPlan, conventionsPerPlan);
        }
        return out.toString();
    }

    private void territories() {
        out.append("\nterritory R0 \"Région\" kind region\n");
        int departments = Math.max(1, size.territories / 15);
        for (int d = 0; d < departments; d++) {
            out.append("territory D").append(d).append(" \"Département ").append(d).append("\" kind department within R0\n");
        }
        out.append("territory Parc \"Parc naturel régional\" kind park within D0\n");
        for (int i = 0; i < size.territories - departments - 2; i++) {
            String name = "T" + i;
            intercommunalities.add(name);
            out.append("territory ").append(name).append(" \"Communauté de communes ").append(i)
                    .append("\" kind intercommunality within D").append(i % departments);
            if (random.nextInt(3) == 0) {
                out.append(" overlaps Parc");
            }
            out.append('\n');
        }
    }

    private void actors() {
        out.append('\n');
        out.append("actor PNR \"Syndicat mixte du Parc\" public").append(v11 ? " form widesyndicate" : "")
                .append(" covers Parc {\n    political \"Comité syndical\"\n")
                .append("    technical \"Équipe du Parc\"\n    signatory \"Le Président\"\n}\n");
        publicActors.add("PNR");
        allActors.add("PNR");
        for (int i = 1; i < size.actors; i++) {
            String name = "X" + i;
            String territory = intercommunalities.get(i % intercommunalities.size());
            boolean association = i % 7 == 0;
            out.append("actor ").append(name).append(" \"").append(title(i)).append(' ').append(i).append("\" ")
                    .append(association ? "association" : (i % 11 == 0 ? "consular" : "public"));
            if (v11) {
                out.append(" form ").append(association ? "association"
                        : i % 11 == 0 ? "chamber" : PUBLIC_FORMS[i % PUBLIC_FORMS.length]);
            }
            if (random.nextInt(5) > 0) {
                out.append(" covers ").append(territory);
            }
            if (random.nextInt(4) == 0) {
                out.append(" {\n    political \"Conseil ").append(i).append("\"\n    signatory \"Président\"\n}");
            }
            out.append('\n');
            allActors.add(name);
            if (!association) {
                publicActors.add(name);
            }
        }
    }

    private void functions() {
        out.append('\n');
        for (int f = 0; f < FUNCTIONS.length; f++) {
            out.append("function ").append(FUNCTIONS[f]).append(" \"").append(FUNCTIONS[f]).append('"');
            int level = random.nextInt(3);
            out.append(level == 0 ? " political" : level == 1 ? " technical" : "");
            out.append(v11 ? " " + NATURES[f] : "").append('\n');
        }
    }

    private void objectives() {
        out.append('\n');
        for (int i = 0; i < 10; i++) {
            out.append("objective O").append(i).append(" \"Objectif de la charte ").append(i).append('"');
            out.append(random.nextBoolean() ? " of PNR" : "").append('\n');
        }
    }

    private void plan(int p, int actions, int conventions) {
        String lead = publicActors.get(1 + p % (publicActors.size() - 1));
        int from = 2024 + random.nextInt(3);
        out.append("\nplan P").append(p).append(" \"Plan de coopération ").append(p).append("\" from ").append(from)
                .append(" to ").append(from + 2).append(" {\n    partners PNR, ").append(lead).append("\n");
        List<String> pool = new ArrayList<>(List.of("PNR", lead));
        while (pool.size() < 14) {
            String candidate = allActors.get(random.nextInt(allActors.size()));
            if (!pool.contains(candidate)) {
                pool.add(candidate);
            }
        }
        planActors = pool;
        List<String> names = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            String name = "P" + p + "A" + a;
            names.add(name);
            action(name, lead);
        }
        framework = null;
        for (int c = 0; c < conventions; c++) {
            convention("P" + p + "C" + c, lead, names, from);
        }
        out.append("}\n");
    }

    private void action(String name, String lead) {
        out.append("\n    action ").append(name).append(" \"").append(title(random.nextInt(100))).append('"');
        if (random.nextInt(5) > 0) {
            out.append(" theme \"").append(THEMES[random.nextInt(THEMES.length)]).append('"');
        }
        if (random.nextInt(5) > 0) {
            out.append(" on ").append(intercommunalities.get(random.nextInt(intercommunalities.size())));
        }
        if (random.nextBoolean()) {
            out.append(" implements O").append(random.nextInt(10));
        }
        out.append(" {\n");
        int entries = 3 + random.nextInt(5);
        for (int e = 0; e < entries; e++) {
            String accountable = random.nextBoolean() ? lead : "PNR";
            String other = planActors.get(random.nextInt(planActors.size()));
            out.append("        ").append(FUNCTIONS[e % FUNCTIONS.length]).append(": ");
            if (other.equals(accountable) || random.nextBoolean()) {
                out.append("A/R ").append(accountable);
            } else {
                out.append("A ").append(accountable).append(", R ").append(other);
            }
            if (random.nextInt(3) == 0) {
                out.append(", C ").append(planActors.get(random.nextInt(planActors.size())));
            }
            if (random.nextInt(4) == 0) {
                out.append(", S/I ").append(planActors.get(random.nextInt(planActors.size())));
            }
            out.append('\n');
        }
        if (v11) {
            financing(lead);
            statuses();
        }
        if (random.nextInt(4) > 0) {
            out.append("        indicator \"Indicateur de ").append(name).append('"');
            if (v11) {
                out.append(" unit \"km\" baseline ").append(random.nextInt(20));
            }
            out.append(random.nextBoolean() ? " target " + (1 + random.nextInt(500)) : "");
            if (v11) {
                out.append(random.nextBoolean() ? " by PNR" : "")
                        .append(" {\n            measured ").append(random.nextInt(100)).append(" in 2025\n        }");
            }
            out.append('\n');
        }
        out.append("    }\n");
    }

    /** A balanced financing plan: a national line, an EU line with its counterpart or the owner's own funds. */
    private void financing(String lead) {
        int cost = 10_000 * (2 + random.nextInt(20));
        out.append("        cost ").append(cost).append(" EUR");
        out.append(random.nextBoolean() ? " eligible " + cost * 9 / 10 + " EUR" : "");
        out.append(random.nextBoolean() ? " investment" : " operating").append('\n');
        int eu = cost / 2;
        if (random.nextBoolean()) {
            out.append("        funding LEADER ").append(eu).append(" EUR from PNR counterpart ").append(lead)
                    .append(' ').append(eu / 4).append(" EUR\n");
        } else {
            eu = 0;
        }
        out.append("        funding self ").append(cost - eu - eu / 4).append(" EUR from ").append(lead).append('\n');
    }

    private void statuses() {
        int steps = random.nextInt(4);
        String[] order = { "planned", "started", "done" };
        for (int i = 0; i < steps; i++) {
            out.append("        status ").append(order[i]).append(" on 2025-0").append(1 + 3 * i).append("-15\n");
        }
        if (steps == 1 && random.nextInt(4) == 0) {
            out.append("        status postponed\n");
        }
    }

    private void convention(String name, String lead, List<String> actions, int from) {
        String kind = v11 && random.nextInt(4) == 0 ? KINDS_1_1[random.nextInt(KINDS_1_1.length)]
                : KINDS[random.nextInt(KINDS.length)];
        String partner = publicActors.get(random.nextInt(publicActors.size()));
        out.append("\n    convention ").append(name).append(" \"Convention ").append(name).append("\" kind ")
                .append(kind).append("\n        between PNR, ").append(lead);
        if (!partner.equals(lead) && !partner.equals("PNR")) {
            out.append(", ").append(partner);
        }
        if (random.nextBoolean()) {
            out.append(" covers ").append(actions.get(random.nextInt(actions.size())));
        }
        if (random.nextBoolean()) {
            out.append(" from ").append(from).append("-0").append(1 + random.nextInt(9)).append("-01 to ")
                    .append(from + 2).append("-12-31");
        }
        if (random.nextBoolean()) {
            out.append(" lead ").append(lead);
        }
        if (random.nextInt(3) == 0) {
            out.append(" reviewed by PNR");
        }
        if (v11 && kind.equals("application") && framework != null) {
            out.append(" under ").append(framework);
        }
        if (v11 && kind.equals("framework") && framework == null) {
            framework = name;
        }
        out.append(" {\n        commitment PNR \"Apporter l'ingénierie\"");
        out.append(random.nextBoolean() ? " amount " + (1000 * (1 + random.nextInt(50))) + " EUR" : "").append('\n');
        out.append("        commitment ").append(lead).append(" \"Assurer la maîtrise d'ouvrage\"\n");
        if (random.nextBoolean()) {
            int eu = 1000 * (1 + random.nextInt(40));
            out.append("        funding LEADER ").append(eu).append(" EUR from PNR counterpart ").append(lead)
                    .append(' ').append(eu / 4 + 1000).append(" EUR\n");
        } else {
            out.append("        funding region ").append(500 + random.nextInt(9000)).append(".50 EUR\n");
        }
        out.append("        committee ").append(name).append("K \"Comité de pilotage\" members PNR, ").append(lead);
        out.append(random.nextBoolean() ? " meets " + (1 + random.nextInt(4)) + " per year" : "").append('\n');
        if (v11) {
            lifeCycle(name, lead, from);
        }
        out.append("    }\n");
    }

    /** Drafted, then voted after the parties' deliberations, signed, sometimes amended. */
    private void lifeCycle(String name, String lead, int from) {
        int year = from - 1;
        out.append("        status draft on ").append(year).append("-09-01\n");
        if (random.nextBoolean()) {
            return;
        }
        out.append("        deliberation PNR \"Délibération du comité syndical\" on ").append(year).append("-10-02\n");
        out.append("        deliberation ").append(lead).append(" \"Délibération n° ").append(year).append('-')
                .append(random.nextInt(200)).append(" du conseil\" on ").append(year).append("-10-09\n");
        out.append("        status voted on ").append(year).append("-10-09\n");
        out.append("        status signed on ").append(year).append("-11-20\n");
        if (random.nextInt(8) == 0) {
            out.append("        status terminated on ").append(from + 2).append("-01-10\n");
        } else if (random.nextInt(3) == 0) {
            out.append("        amendment ").append(name).append("Av1 \"Avenant n° 1\" on ").append(from + 1)
                    .append("-06-01\n");
        }
    }

    /** A title as written between quotes in .coop text: backslashes and quotes escaped. */
    private static String title(int i) {
        return TITLES[Math.floorMod(i, TITLES.length)].replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
