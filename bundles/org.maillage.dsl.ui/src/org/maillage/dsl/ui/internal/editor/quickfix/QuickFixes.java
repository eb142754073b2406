package org.maillage.dsl.ui.internal.editor.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.dsl.resource.WrittenNames;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.internal.DslUiMessages;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.services.Raci;

/**
 * The corrections offered for a problem, by its code: an entry with no A (one of its actors
 * becomes A), a convention with no committee (a committee of its parties), an unresolved actor or
 * territory (created in the project's référentiel), a party with no role (removed from
 * {@code between}).
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** The language's helper, from the resource's injector (it has injected members: never {@code new} it). */
    private static EObjectAtOffsetHelper at(XtextResource resource) {
        return resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
    }

    /** The fixes of the problem of {@code code} at {@code offset} in a parsed file. */
    public static List<QuickFix> of(XtextResource resource, IFile file, String code, int offset) {
        return switch (code) {
        case "RACI-NO-A" -> makeOneA(resource, file, offset);
        case "CONV-NO-COMMITTEE" -> addCommittee(resource, file, offset);
        case "CONV-PARTY-ROLE" -> removeRolelessParties(resource, file, offset);
        case "LINK-UNRESOLVED" -> createInReferentiel(resource, file, offset);
        default -> List.of();
        };
    }

    private static List<QuickFix> makeOneA(XtextResource resource, IFile file, int offset) {
        FunctionAssignment entry = EcoreUtil2.getContainerOfType(at(resource).resolveContainedElementAt(resource, offset),
                FunctionAssignment.class);
        List<QuickFix> fixes = new ArrayList<>();
        if (entry == null) {
            return fixes;
        }
        for (RoleAssignment assignment : entry.getRoles()) {
            ICompositeNode node = NodeModelUtils.getNode(assignment);
            if (assignment.getActor() != null && node != null && !assignment.getRoles().contains(Role.A)) {
                String actor = WrittenNames.of(assignment.getActor(), assignment);
                fixes.add(new QuickFix(DslUiMessages.bind(DslUiMessages.fixMakeA, actor), file,
                        List.of(new QuickFix.Edit(node.getOffset(), 0, "A/"))));
            }
        }
        return fixes;
    }

    private static List<QuickFix> addCommittee(XtextResource resource, IFile file, int offset) {
        Convention convention = EcoreUtil2.getContainerOfType(at(resource).resolveContainedElementAt(resource, offset),
                Convention.class);
        ICompositeNode node = convention == null ? null : NodeModelUtils.getNode(convention);
        if (node == null || convention.getParties().isEmpty()) {
            return List.of();
        }
        String text = node.getText();
        int close = text.lastIndexOf('}');
        if (close < 0) {
            return List.of();
        }
        String members = convention.getParties().stream().map(Actor::getName).collect(Collectors.joining(", "));
        String line = "    committee Copil" + convention.getName() + " \"" + DslUiMessages.fixCommitteeTitle
                + "\" members " + members + "\n";
        int at = node.getTotalOffset() + close;
        String indent = indentBefore(resource, at);
        return List.of(new QuickFix(DslUiMessages.fixAddCommittee, file,
                List.of(new QuickFix.Edit(at - indent.length(), 0, indent + line))));
    }

    private static String indentBefore(XtextResource resource, int offset) {
        String all = resource.getParseResult().getRootNode().getText();
        int start = offset;
        while (start > 0 && (all.charAt(start - 1) == ' ' || all.charAt(start - 1) == '\t')) {
            start--;
        }
        return all.substring(start, offset);
    }

    private static List<QuickFix> removeRolelessParties(XtextResource resource, IFile file, int offset) {
        Convention convention = EcoreUtil2.getContainerOfType(at(resource).resolveContainedElementAt(resource, offset),
                Convention.class);
        List<QuickFix> fixes = new ArrayList<>();
        if (convention == null || convention.getParties().size() < 2) {
            return fixes;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(convention, CoopPackage.Literals.CONVENTION__PARTIES);
        for (int i = 0; i < convention.getParties().size() && i < nodes.size(); i++) {
            Actor party = convention.getParties().get(i);
            if (convention.getCovers().stream().noneMatch(action -> Raci.holdsRole(party, action))) {
                INode node = nodes.get(i);
                int start = i == 0 ? node.getOffset() : nodes.get(i - 1).getEndOffset();
                int end = i == 0 ? nodes.get(1).getOffset() : node.getEndOffset();
                fixes.add(new QuickFix(DslUiMessages.bind(DslUiMessages.fixRemoveParty, WrittenNames.of(party, convention)), file,
                        List.of(new QuickFix.Edit(start, end - start, ""))));
            }
        }
        return fixes;
    }

    private static List<QuickFix> createInReferentiel(XtextResource resource, IFile file, int offset) {
        INode node = at(resource).getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (node == null || !(node.getGrammarElement() instanceof CrossReference reference)) {
            return List.of();
        }
        EClass type = (EClass) reference.getType().getClassifier();
        String name = node.getText().trim();
        String line;
        if (type == CoopPackage.Literals.ACTOR) {
            line = "actor " + name + " \"" + name + "\" public\n";
        } else if (type == CoopPackage.Literals.TERRITORY) {
            line = "territory " + name + " \"" + name + "\" kind area\n";
        } else {
            return List.of();
        }
        IFile referentiel = referentiel(file, resource);
        if (referentiel == null) {
            return List.of();
        }
        String label = DslUiMessages.bind(type == CoopPackage.Literals.ACTOR ? DslUiMessages.fixCreateActor
                : DslUiMessages.fixCreateTerritory, name, referentiel.getName());
        return List.of(new QuickFix(label, referentiel, List.of(QuickFix.Edit.append("\n" + line))));
    }

    /** The project's référentiel: the file named referentiel.coop, else the first file declaring actors. */
    private static IFile referentiel(IFile file, XtextResource resource) {
        IFile named = file.getProject().getFile("referentiel.coop");
        if (named.exists()) {
            return named;
        }
        for (var other : resource.getResourceSet().getResources()) {
            if (!other.getContents().isEmpty() && other.getContents().get(0) instanceof CoopFile coop
                    && !coop.getActors().isEmpty()) {
                return CoopProjects.file(other.getURI());
            }
        }
        return file;
    }
}
