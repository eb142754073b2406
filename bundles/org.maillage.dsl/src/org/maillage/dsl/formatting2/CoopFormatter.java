package org.maillage.dsl.formatting2;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.debug.HiddenRegionFormattingToString;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.RootDocument;
import org.eclipse.xtext.formatting2.internal.TextSegmentSet;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.maillage.dsl.formatting2.internal.SortedTextSegmentSet;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Indicator;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.RoleAssignment;

/**
 * The style of the reference example: one declaration per line, at most one blank line kept
 * between declarations, one space between the tokens of a line, blocks indented by one level, a
 * convention's header broken before {@code between}, entries written {@code Function: A/R Actor, C Other}.
 * Comments stay where they are. Applying it twice changes nothing.
 */
public class CoopFormatter extends AbstractJavaFormatter {

    /**
     * Whoever asks (the command line, the editor, Xtext's change serializer for diagram edits,
     * the language server), the text is indented by four spaces with '\n' line ends.
     */
    @Override
    protected void initialize(FormatterRequest request) {
        request.setPreferences(TypedPreferenceValues.castOrWrap(new CoopPreferenceValues().getPreferenceValues(null)));
        super.initialize(request);
    }


    /**
     * Xtext's root document with its replacers in a tree ({@link SortedTextSegmentSet}) rather than an array
     * list searched through the node model: same formatting, without the cost that grew with the file.
     */
    @Override
    public IFormattableDocument createFormattableRootDocument() {
        return new RootDocument(this) {
            @Override
            protected TextSegmentSet<ITextReplacer> createTextReplacerSet() {
                return new SortedTextSegmentSet<>(ITextReplacer.GET_REGION,
                        replacer -> replacer instanceof HiddenRegionReplacer hidden
                                ? new HiddenRegionFormattingToString().apply(hidden.getFormatting())
                                : replacer.getClass().getSimpleName(),
                        getRequest().isEnableDebugTracing());
            }
        };
    }

    protected void format(CoopFile file, IFormattableDocument doc) {
        Iterator<EObject> all = file.eAllContents();
        while (all.hasNext()) {
            spaceOwnTokens(all.next(), doc);
        }
        boolean first = true;
        for (EObject declaration : file.eContents()) {
            if (!first) {
                // What precedes the first declaration (a header comment, say) is left as written.
                // One or two line ends are kept; an element just created (a diagram edit) gets a blank line.
                doc.prepend(declaration, it -> it.setNewLines(1, 2, 2));
            }
            first = false;
            doc.format(declaration);
        }
        doc.append(file, it -> it.setNewLines(file.eContents().isEmpty() ? 0 : 1));
    }

    protected void format(Actor actor, IFormattableDocument doc) {
        block(actor, doc);
        actor.getBodies().forEach(body -> doc.prepend(body, it -> it.newLine()));
    }

    protected void format(Plan plan, IFormattableDocument doc) {
        block(plan, doc);
        ISemanticRegion partners = regionFor(plan).keyword("partners");
        if (partners != null) {
            doc.prepend(partners, it -> it.newLine());
        }
        for (EObject member : plan.eContents()) {
            doc.prepend(member, it -> it.setNewLines(1, 2, 2));
            doc.format(member);
        }
    }

    protected void format(Action action, IFormattableDocument doc) {
        block(action, doc);
        for (EObject line : action.eContents()) {
            doc.prepend(line, it -> it.newLine());
            doc.format(line);
        }
    }

    protected void format(Indicator indicator, IFormattableDocument doc) {
        block(indicator, doc);
        indicator.getMeasures().forEach(measure -> doc.prepend(measure, it -> it.newLine()));
    }

    protected void format(FunctionAssignment entry, IFormattableDocument doc) {
        ISemanticRegion colon = regionFor(entry).keyword(":");
        doc.prepend(colon, it -> it.noSpace());
        doc.append(colon, it -> it.oneSpace());
        for (ISemanticRegion comma : regionFor(entry).keywords(",")) {
            doc.prepend(comma, it -> it.noSpace());
            doc.append(comma, it -> it.oneSpace());
        }
        entry.getRoles().forEach(doc::format);
    }

    protected void format(RoleAssignment roles, IFormattableDocument doc) {
        for (ISemanticRegion slash : regionFor(roles).keywords("/")) {
            doc.surround(slash, it -> it.noSpace());
        }
    }

    protected void format(Convention convention, IFormattableDocument doc) {
        ISemanticRegion kind = regionFor(convention).feature(CoopPackage.Literals.CONVENTION__KIND);
        ISemanticRegion between = regionFor(convention).keyword("between");
        ISemanticRegion open = block(convention, doc);
        if (kind != null && between != null && open != null) {
            doc.prepend(between, it -> it.newLine());
            doc.interior(kind, open, it -> it.indent());
        }
        for (EObject line : convention.eContents()) {
            doc.prepend(line, it -> it.newLine());
        }
    }

    /** Indents a { ... } block and puts its closing brace on its own line; returns the opening brace. */
    private ISemanticRegion block(EObject element, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(element).keyword("{");
        ISemanticRegion close = regionFor(element).keyword("}");
        if (open != null && close != null) {
            doc.prepend(open, it -> it.oneSpace());
            doc.interior(open, close, it -> it.indent());
            doc.prepend(close, it -> it.newLine());
        }
        return open;
    }

    /** One space before each of an element's own tokens but its first, at low priority. */
    private void spaceOwnTokens(EObject element, IFormattableDocument doc) {
        IEObjectRegion own = getTextRegionAccess().regionForEObject(element);
        if (own == null) {
            return;
        }
        boolean first = true;
        for (ISemanticRegion region : own.getSemanticRegions()) {
            if (!first) {
                doc.prepend(region, it -> {
                    it.oneSpace();
                    it.lowPriority();
                });
            }
            first = false;
        }
        for (ISemanticRegion comma : regionFor(element).keywords(",")) {
            doc.prepend(comma, it -> it.noSpace());
        }
    }
}
