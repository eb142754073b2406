package org.maillage.dsl.ide.internal.server;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.dsl.ide.internal.IdeMessages;

import com.google.inject.Inject;

/**
 * Formatting as {@code maillage format} does it, refused like it on a text with syntax errors or
 * refused by the input checks: an error answer, no edits. The answer is one edit spanning what
 * changed (from the first changed character to the last) rather than one edit per whitespace
 * region: tens of thousands of small edits on a large file cost the client more than one.
 */
public class CoopFormattingService extends FormattingService {

    /** Up to this many replacements, a range's formatting is answered edit by edit; beyond, as one edit. */
    private static final int SEPARATE_EDITS = 16;

    @Inject
    private DiagnosticLanguage language;

    @Inject
    private TextFormatting formatting;

    @Override
    public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
            CancelIndicator cancel) {
        refuseBroken(resource);
        if (document.getContents().isEmpty() || resource.getContents().isEmpty()) {
            return List.of();
        }
        String text = document.getContents();
        return changed(document, 0, text, formatting.format(resource));
    }

    @Override
    public List<? extends TextEdit> format(Document document, XtextResource resource,
            DocumentRangeFormattingParams params, CancelIndicator cancel) {
        refuseBroken(resource);
        return super.format(document, resource, params, cancel);
    }

    /** The formatting of a range: its replacements, as one edit when there are many. */
    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
            FormattingOptions options) {
        List<ITextReplacement> replacements = format2(resource, new TextRegion(offset, length),
                new MapBasedPreferenceValues());
        if (replacements.size() <= SEPARATE_EDITS) {
            return replacements.stream()
                    .map(r -> toTextEdit(document, r.getReplacementText(), r.getOffset(), r.getLength())).toList();
        }
        List<ITextReplacement> sorted = replacements.stream()
                .sorted(Comparator.comparingInt(ITextReplacement::getOffset)).toList();
        String text = document.getContents();
        int start = sorted.get(0).getOffset();
        StringBuilder formatted = new StringBuilder();
        int at = start;
        for (ITextReplacement replacement : sorted) {
            formatted.append(text, at, replacement.getOffset()).append(replacement.getReplacementText());
            at = replacement.getEndOffset();
        }
        return changed(document, start, text.substring(start, at), formatted.toString());
    }

    /**
     * The edit turning {@code before}, found at {@code offset} in the document, into {@code after}:
     * none when they are equal, else one edit without their common start and end.
     */
    static List<TextEdit> changed(Document document, int offset, String before, String after) {
        int prefix = 0;
        int shorter = Math.min(before.length(), after.length());
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (prefix == before.length() && prefix == after.length()) {
            return List.of();
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        Range range = new Range(document.getPosition(offset + prefix),
                document.getPosition(offset + before.length() - suffix));
        return List.of(new TextEdit(range, after.substring(prefix, after.length() - suffix)));
    }

    private void refuseBroken(XtextResource resource) {
        boolean broken = resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()
                || resource.getErrors().stream().anyMatch(error -> !(error instanceof XtextLinkingDiagnostic));
        if (broken) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    IdeMessages.get(language.get(), "server.formatSyntaxErrors"), null));
        }
    }
}
