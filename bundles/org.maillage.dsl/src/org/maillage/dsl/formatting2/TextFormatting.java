package org.maillage.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a parsed .coop resource into text with the language's formatter: four-space
 * indentation, '\n' line ends. Formatting changes whitespace only; {@link #sameTokens} checks it.
 */
public class TextFormatting {

    /** One level of indentation. */
    public static final String INDENTATION = "    ";


    @Inject
    private Provider<IFormatter2> formatters;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccess;

    @Inject
    private org.maillage.dsl.validation.CostLines costLines;

    /**
     * The formatted text of a resource that parsed without syntax errors. A text whose model lost
     * an element it still shows (a second cost line of an action: COST-REPEATED) is returned as it
     * is: Xtext's region access cannot place an element that is no longer in the model.
     */
    public String format(XtextResource resource) {
        if (hasDroppedElements(resource)) {
            return resource.getParseResult().getRootNode().getText();
        }
        ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
        FormatterRequest request = new FormatterRequest();
        request.setTextRegionAccess(access);
        List<ITextReplacement> replacements = formatters.get().format(request);
        return access.getRewriter().renderToString(replacements);
    }

    private boolean hasDroppedElements(XtextResource resource) {
        var all = resource.getAllContents();
        while (all.hasNext()) {
            if (all.next() instanceof org.maillage.model.coop.Action action && costLines.of(action).size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two parses have the same tokens and comments in the same order: what formatting
     * must keep. Comments are compared without their surrounding whitespace.
     */
    public static boolean sameTokens(XtextResource before, XtextResource after) {
        return tokens(before).equals(tokens(after));
    }

    private static List<String> tokens(XtextResource resource) {
        List<String> tokens = new ArrayList<>();
        INode root = resource.getParseResult().getRootNode();
        for (ILeafNode leaf : root.getLeafNodes()) {
            String text = leaf.getText().strip();
            if (!text.isEmpty()) {
                tokens.add(text);
            }
        }
        return tokens;
    }
}
