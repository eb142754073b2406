package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.vcs.Change;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.MergeResult;
import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.SemanticMerge;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionLoader;

/**
 * The merge driver on generated histories: from a generated plan, two branches each make a random
 * sequence of edits (retitle an action, change an entry's roles, add an action, remove one) on
 * actions the other branch leaves alone. The merge must take every edit of both sides without a
 * conflict, and give the same model as both edit sequences applied to the base; when both sides
 * retitle one action differently, that is the one conflict, with ours kept.
 */
class GeneratedHistoriesTest {

    private static final String FILE = "plan.coop";

    private static final Pattern ACTION = Pattern.compile("(?m)^    action (\\w+) .*\\{\\n(?:.*\\n)*?    \\}\\n");

    private static final Locale LOCALE = Locale.FRENCH;

    /** An edit of one action's block of text. */
    private record Edit(String action, UnaryOperator<String> change, String what) {
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4 })
    void independentEditsOfTwoBranchesMergeIntoBoth(long seed) throws Exception {
        String base = new PlanGenerator(seed, PlanGenerator.Size.S).generate();
        List<String> actions = actions(base);
        Random random = new Random(seed);
        List<Edit> ours = edits(base, actions, 0, "nous", random);
        List<Edit> theirs = edits(base, actions, 1, "eux", random);

        MergeResult merged = SemanticMerge.merge(base, apply(base, ours), apply(base, theirs), Map.of(), FILE, LOCALE);

        String history = "seed " + seed + ", ours " + describe(ours) + ", theirs " + describe(theirs);
        assertEquals(List.of(), merged.conflicts(), history);
        List<Edit> both = new ArrayList<>(ours);
        both.addAll(theirs);
        assertSameModel(apply(base, both), merged.text(), history);
    }

    @ParameterizedTest
    @ValueSource(longs = { 7 })
    void bothRetitlingOneActionIsTheOneConflictAndOursIsKept(long seed) throws Exception {
        String base = new PlanGenerator(seed, PlanGenerator.Size.S).generate();
        List<String> actions = actions(base);
        Random random = new Random(seed);
        String disputed = actions.get(0);
        List<Edit> ours = new ArrayList<>(edits(base, actions.subList(1, actions.size()), 0, "nous", random));
        ours.add(new Edit(disputed, retitle("Titre de notre branche"), "retitle"));
        List<Edit> theirs = new ArrayList<>(edits(base, actions.subList(1, actions.size()), 1, "eux", random));
        theirs.add(new Edit(disputed, retitle("Titre de leur branche"), "retitle"));

        MergeResult merged = SemanticMerge.merge(base, apply(base, ours), apply(base, theirs), Map.of(), FILE, LOCALE);

        String history = "seed " + seed + ", ours " + describe(ours) + ", theirs " + describe(theirs);
        assertEquals(1, merged.conflicts().size(), history + merged.conflicts());
        Conflict conflict = merged.conflicts().get(0);
        assertEquals(Conflict.Kind.BOTH_CHANGED, conflict.kind(), history);
        assertTrue(conflict.element().contains(disputed), conflict.toString());
        List<Edit> expected = new ArrayList<>(ours);
        expected.addAll(theirs.subList(0, theirs.size() - 1));
        assertSameModel(apply(base, expected), merged.text(), history);
    }

    /** About five edits on the actions of one parity (0: even, 1: odd), so the branches never meet. */
    private static List<Edit> edits(String base, List<String> actions, int parity, String side, Random random) {
        List<Edit> edits = new ArrayList<>();
        for (int i = parity; i < actions.size(); i += 2) {
            if (random.nextInt(actions.size() / 10 + 1) != 0) {
                continue;
            }
            String action = actions.get(i);
            String suffix = side + i;
            switch (random.nextInt(4)) {
            case 0 -> edits.add(new Edit(action, retitle("Action revue par " + suffix), "retitle"));
            case 1 -> edits.add(new Edit(action, GeneratedHistoriesTest::newRoles, "roles"));
            case 2 -> edits.add(new Edit(action, block -> block + added(suffix, block), "add"));
            default -> {
                if (!base.matches("(?s).*\\bcovers\\b[^\\n]*\\b" + action + "\\b.*")) {
                    edits.add(new Edit(action, block -> "", "remove"));
                }
            }
            }
        }
        return edits;
    }

    private static UnaryOperator<String> retitle(String title) {
        return block -> block.replaceFirst("^(    action \\w+ )\"(?:[^\"\\\\]|\\\\.)*\"", "$1\"" + title + "\"");
    }

    /** The action's first entry gets other roles: the Park alone, A and R. */
    private static String newRoles(String block) {
        return block.replaceFirst("(?m)^(        \\w+): [^\\n]*$", "$1: A/R PNR");
    }

    /** A new action after this one, on the same territory. */
    private static String added(String suffix, String block) {
        Matcher on = Pattern.compile(" on (\\w+)").matcher(block.substring(0, block.indexOf('\n')));
        return "    action Nouvelle_" + suffix + " \"Action ajoutée " + suffix + "\"" + (on.find() ? " on " + on.group(1) : "")
                + " {\n        Decision: A/R PNR\n    }\n";
    }

    private static List<String> actions(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = ACTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertTrue(names.size() > 20, "the generated plan has actions: " + names.size());
        return names;
    }

    /** The text with each edit made to its action's block. */
    private static String apply(String text, List<Edit> edits) {
        Map<String, UnaryOperator<String>> byAction = new LinkedHashMap<>();
        edits.forEach(edit -> byAction.put(edit.action(), edit.change()));
        Matcher matcher = ACTION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            UnaryOperator<String> change = byAction.getOrDefault(matcher.group(1), UnaryOperator.identity());
            matcher.appendReplacement(result, Matcher.quoteReplacement(change.apply(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static void assertSameModel(String expected, String merged, String history) {
        VersionLoader loader = new VersionLoader(LOCALE);
        Version want = loader.texts("attendu", Map.of(FILE, expected));
        Version got = loader.texts("fusionné", Map.of(FILE, merged));
        assertEquals(List.of(), got.filesWithSyntaxErrors(), history);
        List<Change> differences = SemanticDiff.compare(want, got, LOCALE);
        assertEquals(List.of(), differences, history);
    }

    private static String describe(List<Edit> edits) {
        return edits.stream().map(edit -> edit.what() + " " + edit.action()).toList().toString();
    }
}
