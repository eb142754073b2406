package org.maillage.dsl.ide.hover;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.ide.internal.IdeMessages;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.services.Amounts;
import org.maillage.model.services.ModelLabels;
import org.maillage.model.services.Percentages;

/**
 * The hover of a position, for the workbench editor and the language server alike: for a
 * reference or a declared name, the element's kind, name and title, each of its set features
 * (an actor's form and territories, an action's theme, territory and A, a convention's kind,
 * parties and dates...) and its file; for a role letter, the role's meaning; for a funding line
 * of an action (language 1.1), its share of the action's cost.
 */
public final class ElementHovers {

    private ElementHovers() {
    }

    /** The language's offset helper, from the resource's injector (it has injected members: never {@code new} it). */
    public static EObjectAtOffsetHelper offsetHelper(XtextResource resource) {
        return resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
    }

    /** The element named by the reference at the offset, or declared by the name at the offset; null if none. */
    public static NamedElement elementAt(XtextResource resource, int offset) {
        EObjectAtOffsetHelper helper = offsetHelper(resource);
        EObject referenced = helper.resolveCrossReferencedElementAt(resource, offset);
        if (referenced instanceof NamedElement named && !referenced.eIsProxy()) {
            return named;
        }
        EObject declared = helper.getElementWithNameAt(resource, offset);
        return declared instanceof NamedElement named ? named : null;
    }

    /** The hover at the offset, or null when there is nothing to say. */
    public static HoverText at(XtextResource resource, int offset, Locale locale) {
        if (resource == null || resource.getParseResult() == null) {
            return null;
        }
        HoverText role = role(resource, offset, locale);
        if (role != null) {
            return role;
        }
        NamedElement element = elementAt(resource, offset);
        return element == null ? funding(resource, offset, locale) : of(element, locale);
    }

    /** A funding line of an action: its amount, its counterpart's, and their shares of the action's cost. */
    private static HoverText funding(XtextResource resource, int offset, Locale locale) {
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        EObject owner = leaf == null || leaf.isHidden() ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (!(owner instanceof Funding line) || !(line.eContainer() instanceof Action action) || line.getAmount() == null) {
            return null;
        }
        String heading = ModelLabels.label(CoopPackage.Literals.FUNDING, locale)
                + (line.getSource() == null ? "" : " " + ModelLabels.enumLabel(line.getSource(), locale));
        BigDecimal cost = action.getCost() == null ? null : action.getCost().getAmount();
        List<String> facts = new ArrayList<>();
        facts.add(share(line.getAmount(), cost, locale));
        if (line.getCounterpartAmount() != null) {
            facts.add(IdeMessages.get(locale, "hover.counterpart", share(line.getCounterpartAmount(), cost, locale)));
        }
        if (cost == null || cost.signum() <= 0) {
            facts.add(IdeMessages.get(locale, "hover.noCost", action.getName()));
        }
        return new HoverText(heading, facts);
    }

    /** "48 000 € soit 48.0 % du coût de l'action (100 000 €)", or the amount alone without a cost. */
    private static String share(BigDecimal amount, BigDecimal cost, Locale locale) {
        if (cost == null || cost.signum() <= 0) {
            return IdeMessages.get(locale, "hover.amount", Amounts.format(amount, locale));
        }
        String percent = Percentages.format(amount.divide(cost, MathContext.DECIMAL64));
        return IdeMessages.get(locale, "hover.share", Amounts.format(amount, locale), percent,
                Amounts.format(cost, locale));
    }

    /** Kind, name, title, set features and file of an element. */
    public static HoverText of(NamedElement element, Locale locale) {
        String heading = ModelLabels.label(element.eClass(), locale) + " " + element.getName()
                + (element.getTitle() == null || element.getTitle().isBlank() ? "" : " – " + element.getTitle());
        List<String> facts = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            String value = value(element, feature, locale);
            if (value != null && !value.isBlank()) {
                facts.add(IdeMessages.get(locale, "hover.fact", ModelLabels.label(feature, locale), value));
            }
        }
        if (element instanceof Action action) {
            String accountable = accountable(action);
            if (!accountable.isEmpty()) {
                facts.add(IdeMessages.get(locale, "hover.fact", ModelLabels.enumLabel(Role.A, locale), accountable));
            }
        }
        if (element.eResource() != null) {
            facts.add(IdeMessages.get(locale, "hover.declaredIn", element.eResource().getURI().lastSegment()));
        }
        return new HoverText(heading, facts);
    }

    private static String value(EObject element, EStructuralFeature feature, Locale locale) {
        if (feature == CoopPackage.Literals.NAMED_ELEMENT__NAME || feature == CoopPackage.Literals.NAMED_ELEMENT__TITLE
                || feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)
                || feature instanceof EReference reference && reference.isContainment()) {
            return null;
        }
        Object value = element.eGet(feature, true);
        Collection<?> values = value instanceof Collection<?> many ? many : List.of(value);
        return values.stream().map(v -> text(v, feature, locale)).collect(Collectors.joining(", "));
    }

    private static String text(Object value, EStructuralFeature feature, Locale locale) {
        if (value instanceof Enumerator literal && feature instanceof EAttribute) {
            return ModelLabels.enumLabel(literal, locale);
        }
        if (value instanceof NamedElement named) {
            return named.eIsProxy() ? "?" : named.getName()
                    + (named.getTitle() == null || named.getTitle().isBlank() ? "" : " (" + named.getTitle() + ")");
        }
        return String.valueOf(value);
    }

    private static String accountable(Action action) {
        return action.getAssignments().stream().map(FunctionAssignment::getRoles).flatMap(List::stream)
                .filter(r -> r.getRoles().contains(Role.A) && r.getActor() != null && !r.getActor().eIsProxy())
                .map(r -> r.getActor().getName()).distinct().collect(Collectors.joining(", "));
    }

    /** The meaning of the role letter at the offset, with the actor it is given to. */
    private static HoverText role(XtextResource resource, int offset, Locale locale) {
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (!(owner instanceof RoleAssignment assignment)) {
            return null;
        }
        for (INode node : NodeModelUtils.findNodesForFeature(assignment, CoopPackage.Literals.ROLE_ASSIGNMENT__ROLES)) {
            Role role = Role.get(node.getText().trim());
            if (role != null && node.getOffset() <= offset && offset < node.getEndOffset()) {
                String actor = assignment.getActor() == null || assignment.getActor().eIsProxy() ? "?"
                        : assignment.getActor().getName();
                return new HoverText(ModelLabels.enumLabel(role, locale), List.of(IdeMessages.get(locale, "hover.role", actor)));
            }
        }
        return null;
    }
}
