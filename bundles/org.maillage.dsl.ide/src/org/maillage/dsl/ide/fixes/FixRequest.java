package org.maillage.dsl.ide.fixes;

import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.ide.internal.IdeMessages;
import org.maillage.dsl.ide.internal.fixes.Referentiel;

/** A problem to fix: the parsed file, the offset of the problem in it, and the language of the labels. */
public record FixRequest(XtextResource resource, int offset, Locale locale) {


    /** The element of type {@code type} that contains the problem's offset, or null. */
    public <T extends EObject> T containerAt(Class<T> type) {
        return EcoreUtil2.getContainerOfType(org.maillage.dsl.ide.hover.ElementHovers.offsetHelper(resource).resolveContainedElementAt(resource, offset), type);
    }

    /** The label {@code key} of the fixes' messages, in the request's language. */
    public String message(String key, Object... arguments) {
        return IdeMessages.get(locale, key, arguments);
    }

    /** The file's URI. */
    public URI uri() {
        return resource.getURI();
    }

    /** The project's référentiel: the file named referentiel.coop, else the first file declaring actors. */
    public URI referentiel() {
        return Referentiel.of(resource);
    }

    /** The whole text of the file. */
    public String text() {
        return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
    }

}
