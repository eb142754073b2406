package org.maillage.dsl.ide;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;

/**
 * Styles from the model: each declared name ({@code declaration}, then its kind as a second style
 * when it has one), each reference by the kind of element it names ({@code actor},
 * {@code territory}, {@code function}, {@code action}, {@code objective}, {@code convention},
 * {@code plan}), and each role letter by its role ({@code role-A} ... {@code role-I}). The
 * workbench editor uses the first style; the language server maps all to its token types.
 */
public class CoopSemanticHighlighting implements ISemanticHighlightingCalculator {

    public static final String DECLARATION = "declaration";

    private static final Map<EClass, String> REFERENCE_STYLES = Map.of(CoopPackage.Literals.ACTOR, "actor",
            CoopPackage.Literals.TERRITORY, "territory", CoopPackage.Literals.FUNCTION, "function",
            CoopPackage.Literals.ACTION, "action", CoopPackage.Literals.OBJECTIVE, "objective",
            CoopPackage.Literals.CONVENTION, "convention", CoopPackage.Literals.PLAN, "plan");

    /** The style of a role letter. */
    public static String roleStyle(Role role) {
        return "role-" + role.getLiteral();
    }

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancel) {
        if (resource == null || resource.getContents().isEmpty()) {
            return;
        }
        TreeIterator<EObject> all = resource.getAllContents();
        while (all.hasNext() && !cancel.isCanceled()) {
            EObject object = all.next();
            if (object instanceof NamedElement) {
                String kind = REFERENCE_STYLES.get(object.eClass());
                highlight(object, CoopPackage.Literals.NAMED_ELEMENT__NAME, acceptor,
                        kind == null ? new String[] { DECLARATION } : new String[] { DECLARATION, kind });
            }
            for (EReference reference : object.eClass().getEAllReferences()) {
                String style = REFERENCE_STYLES.get(reference.getEReferenceType());
                if (!reference.isContainment() && style != null) {
                    highlight(object, reference, acceptor, style);
                }
            }
            if (object instanceof RoleAssignment assignment) {
                roles(assignment, acceptor);
            }
        }
    }

    private static void highlight(EObject object, EStructuralFeature feature, IHighlightedPositionAcceptor acceptor,
            String... styles) {
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            acceptor.addPosition(node.getOffset(), node.getLength(), styles);
        }
    }

    private static void roles(RoleAssignment assignment, IHighlightedPositionAcceptor acceptor) {
        for (INode node : NodeModelUtils.findNodesForFeature(assignment, CoopPackage.Literals.ROLE_ASSIGNMENT__ROLES)) {
            Role role = Role.get(node.getText().trim());
            if (role != null) {
                acceptor.addPosition(node.getOffset(), node.getLength(), roleStyle(role));
            }
        }
    }
}
