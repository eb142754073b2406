package org.maillage.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.validation.Severity;

/**
 * The .coop files of one model, loaded into one resource set: those that were parsed, and the
 * diagnostics of those refused before parsing (encoding, size, nesting).
 */
public final class CoopModel {

    private final XtextResourceSet resourceSet;
    private final Map<Path, XtextResource> parsed = new LinkedHashMap<>();
    private final Map<Path, TextStyle> styles = new HashMap<>();
    private final List<FileDiagnostic> refused = new ArrayList<>();
    private final Set<String> unreadNames = new HashSet<>();
    private final IResourceValidator validator;

    CoopModel(XtextResourceSet resourceSet, IResourceValidator validator) {
        this.resourceSet = resourceSet;
        this.validator = validator;
    }

    void addParsed(Path path, XtextResource resource, TextStyle style) {
        parsed.put(path, resource);
        styles.put(path, style);
    }

    /** Names declared in files that could not be read (see {@link #validate()}). */
    void addUnreadNames(Set<String> names) {
        unreadNames.addAll(names);
    }

    /** How a parsed file is laid out on disk: its byte order mark and line separator, kept when it is rewritten. */
    public TextStyle style(Path path) {
        return styles.get(path);
    }

    void addRefused(FileDiagnostic diagnostic) {
        refused.add(diagnostic);
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    /** The parsed files by path, in the order they were found. */
    public Map<Path, XtextResource> parsed() {
        return Collections.unmodifiableMap(parsed);
    }

    public List<CoopFile> files() {
        return parsed.values().stream().filter(r -> !r.getContents().isEmpty())
                .map(r -> (CoopFile) r.getContents().get(0)).toList();
    }

    /**
     * Every diagnostic of every file: first the errors of files that could not be read (the root
     * cause), then the others, each group sorted by path, line and column. A reference to a name
     * that a file refused for its encoding declares is not reported as unresolved: that file's
     * error says why it is missing.
     */
    public List<FileDiagnostic> validate() {
        EcoreUtil.resolveAll(resourceSet);
        List<FileDiagnostic> all = new ArrayList<>(refused);
        parsed.forEach((path, resource) -> {
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                if (!isIntoUnreadFile(resource, issue)) {
                    all.add(diagnostic(path, issue));
                }
            }
        });
        all.sort(Comparator.comparing((FileDiagnostic d) -> !(d.isError() && d.code().startsWith("FILE-")))
                .thenComparing(FileDiagnostic.ORDER));
        return all;
    }

    private boolean isIntoUnreadFile(XtextResource resource, Issue issue) {
        if (unreadNames.isEmpty() || !"LINK-UNRESOLVED".equals(issue.getCode()) || issue.getOffset() == null
                || issue.getLength() == null) {
            return false;
        }
        String text = resource.getParseResult().getRootNode().getText();
        int end = issue.getOffset() + issue.getLength();
        return end <= text.length() && unreadNames.contains(text.substring(issue.getOffset(), end).replace("^", ""));
    }

    /** Whether a diagnostic is of the language (syntax, names, values, files), not of the catalogue. */
    public static boolean isLanguageError(FileDiagnostic d) {
        return d.isError() && isLanguageCode(d.code());
    }

    /** Whether a code is one of the language's (syntax, names, values, files) rather than of the catalogue. */
    public static boolean isLanguageCode(String code) {
        return code.startsWith("SYNTAX") || code.startsWith("LINK") || code.startsWith("FILE")
                || code.startsWith("VALUE") || code.startsWith("NAME");
    }

    private static FileDiagnostic diagnostic(Path path, Issue issue) {
        Severity severity = switch (issue.getSeverity()) {
        case ERROR -> Severity.ERROR;
        case WARNING -> Severity.WARNING;
        default -> Severity.INFO;
        };
        String[] data = issue.getData();
        String hint = data != null && data.length > 0 ? data[0] : null;
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        String code = issue.getCode() == null ? "SYNTAX" : issue.getCode();
        return new FileDiagnostic(path, line, column, severity, issue.getMessage(), code, hint);
    }
}
