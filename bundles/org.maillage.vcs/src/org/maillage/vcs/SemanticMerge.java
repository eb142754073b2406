package org.maillage.vcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.model.coop.CoopFile;
import org.maillage.vcs.internal.ChangeApplier;
import org.maillage.vcs.internal.Delta;
import org.maillage.vcs.internal.FeatureValues;
import org.maillage.vcs.internal.MergePlan;
import org.maillage.vcs.internal.ModelPaths;
import org.maillage.vcs.internal.VcsMessages;

/**
 * The three-way merge of one {@code .coop} file, element by element: independent changes of
 * different elements, of different features of one element, of different entries of one action
 * are all taken; their changes are written into our text one at a time through the change
 * serializer (our layout and comments stay wherever the change does not reach). A conflict keeps
 * our value and is reported; the merged text never has conflict markers and always parses.
 */
public final class SemanticMerge {

    private SemanticMerge() {
    }

    /**
     * @param context the model's other files (path → text) for references between files, read-only
     * @param name    the merged file's path (its key beside the context's)
     * @throws VersionException when a version does not parse: no element-wise merge is possible
     */
    public static MergeResult merge(String base, String ours, String theirs, Map<String, String> context, String name,
            Locale locale) throws VersionException {
        ChangeApplier applier = new ChangeApplier(new VersionLoader(locale), context, name);
        CoopFile baseFile = file(applier.parse(VcsMessages.get(locale, "merge.base"), base), name, locale);
        Version oursVersion = applier.parse(VcsMessages.get(locale, "merge.ours"), ours);
        CoopFile oursFile = file(oursVersion, name, locale);
        CoopFile theirsFile = file(applier.parse(VcsMessages.get(locale, "merge.theirs"), theirs), name, locale);
        MergePlan plan = MergePlan.of(baseFile, oursFile, theirsFile);
        List<Conflict> conflicts = new ArrayList<>(plan.conflicts());
        if (plan.steps().isEmpty()) {
            return new MergeResult(ours, conflicts);
        }
        // All their changes in one pass of the serializer, on our parsed model (which it changes).
        String all = applier.apply(oursVersion, ours, plan.steps());
        if (all != null) {
            return new MergeResult(all, conflicts);
        }
        oursFile = file(applier.parse(VcsMessages.get(locale, "merge.ours"), ours), name, locale);
        String text = ours;
        for (Delta step : plan.steps()) {
            String next = applier.apply(text, step);
            if (next == null) {
                conflicts.add(notApplied(step, oursFile));
            } else {
                text = next;
            }
        }
        return new MergeResult(text, conflicts);
    }

    private static Conflict notApplied(Delta step, CoopFile ours) {
        String mine = "";
        if (step.feature() != null) {
            var element = ModelPaths.find(ours, step.path());
            mine = element == null ? "" : FeatureValues.of(element, step.feature(), Map.of());
        }
        return new Conflict(Conflict.Kind.NOT_APPLIED, step.pathText(),
                step.feature() == null ? null : step.feature().getName(), mine,
                step.kind() == Delta.Kind.REMOVED ? "" : step.afterValue());
    }

    private static CoopFile file(Version version, String name, Locale locale) throws VersionException {
        if (version.filesWithSyntaxErrors().contains(name)) {
            throw new VersionException(VcsMessages.get(locale, "merge.syntaxErrors", version.label(), name));
        }
        var resource = version.files().get(name);
        if (resource.getContents().isEmpty()) {
            return org.maillage.model.coop.CoopFactory.eINSTANCE.createCoopFile();
        }
        return (CoopFile) resource.getContents().get(0);
    }
}
