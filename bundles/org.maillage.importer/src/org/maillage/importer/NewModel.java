package org.maillage.importer;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.importer.ImportFinding.Severity;
import org.maillage.importer.internal.Ids;
import org.maillage.importer.internal.ImportMessages;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionLoader;

/**
 * A new .coop file from a sheet: one actor per structure column (kind {@code public}, to be
 * checked), one function per function title, one plan with one action per action of the sheet and
 * its entries. Titles are kept as written; identifiers are made from them ({@link Ids}).
 */
public final class NewModel {

    /** The text of the new file, and what the user should know about it. */
    public record Result(String text, List<ImportFinding> findings) {
    }

    private NewModel() {
    }

    /**
     * @param sheet the sheet read
     * @param name  a name for the plan when the sheet does not title it (the file's base name)
     */
    public static Result of(RoleSheet sheet, String name, Locale locale) {
        Ids ids = new Ids(keywords());
        String planTitle = sheet.title() != null ? sheet.title() : name;
        String planId = ids.of(planTitle, "Plan");
        Map<String, String> actors = new LinkedHashMap<>();
        Map<Integer, String> actorOfColumn = new LinkedHashMap<>();
        for (RoleSheet.Column column : sheet.actors()) {
            String id = actors.computeIfAbsent(column.header(), title -> ids.of(title, "Acteur"));
            actorOfColumn.put(column.index(), id);
        }
        Map<String, String> functions = new LinkedHashMap<>();
        sheet.rows().forEach(row -> functions.computeIfAbsent(row.function(), title -> ids.of(title, "Fonction")));
        StringBuilder text = new StringBuilder();
        text.append("// ").append(ImportMessages.get(locale, "new.comment", sheet.sheet())).append("\n\n");
        actors.forEach((title, id) -> text.append("actor ").append(id).append(' ').append(string(title))
                .append(" public\n"));
        text.append('\n');
        functions.forEach((title, id) -> text.append("function ").append(id).append(' ').append(string(title))
                .append('\n'));
        int from = sheet.fromYear() > 0 ? sheet.fromYear() : Year.now().getValue();
        int to = sheet.toYear() >= from ? sheet.toYear() : from + 5;
        text.append("\nplan ").append(planId).append(' ').append(string(planTitle)).append(" from ").append(from)
                .append(" to ").append(to).append(" {\n");
        int group = -1;
        for (RoleSheet.Row row : sheet.rows()) {
            if (row.group() != group) {
                text.append(group < 0 ? "" : "    }\n").append("\n    action ").append(ids.of(row.action(), "Action"))
                        .append(' ').append(string(row.action())).append(" {\n");
                group = row.group();
            }
            String entry = row.roles().entrySet().stream().filter(cell -> !cell.getValue().isEmpty())
                    .map(cell -> letters(cell.getValue()) + " " + actorOfColumn.get(cell.getKey()))
                    .collect(Collectors.joining(", "));
            if (!entry.isEmpty()) {
                text.append("        ").append(functions.get(row.function())).append(": ").append(entry).append('\n');
            }
        }
        text.append(group < 0 ? "" : "    }\n").append("}\n");
        List<ImportFinding> findings = new ArrayList<>(sheet.findings());
        if (!actors.isEmpty()) {
            findings.add(new ImportFinding(Severity.INFO, "IMPORT-ACTOR-KIND", sheet.sheet(), null,
                    ImportMessages.get(locale, "finding.actorKind", actors.size()),
                    ImportMessages.get(locale, "finding.actorKind.hint")));
        }
        return new Result(format(text.toString()), findings);
    }

    /** Roles as a cell writes them: {@code A/R}. */
    static String letters(Set<Role> roles) {
        return Raci.cell(roles);
    }

    /** A .coop string: {@code "..."} with {@code \"} and {@code \\}. */
    static String string(String title) {
        return '"' + title.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static Set<String> keywords() {
        return GrammarUtil.getAllKeywords(CoopIdeSetup.shared().getInstance(IGrammarAccess.class).getGrammar());
    }

    /** The text in the language's style; it must parse without an error (the ids and strings are made so). */
    private static String format(String text) {
        Version version = new VersionLoader(Locale.ENGLISH).texts("import", Map.of("import.coop", text));
        XtextResource resource = version.files().get("import.coop");
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalStateException("imported text does not parse: " + resource.getErrors().get(0).getMessage()
                    + "\n" + text);
        }
        return CoopIdeSetup.shared().getInstance(TextFormatting.class).format(resource);
    }
}
