package org.maillage.dsl.ide.internal.server;

import java.util.concurrent.ExecutionException;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.hover.ElementHovers;
import org.maillage.dsl.ide.internal.IdeMessages;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.services.ModelLabels;

import com.google.inject.Inject;

/**
 * Rename across files, refused before any edit when the new name is not a valid name or is
 * already declared (names are unique across the model, whatever the kind): an InvalidParams
 * answer with a clear message, never duplicates or unresolved references.
 */
public class CoopRenameService extends RenameService2 {

    @Inject
    private DiagnosticLanguage language;

    @Inject
    private IValueConverterService converters;

    @Inject
    private ResourceDescriptionsProvider index;

    @Override
    public WorkspaceEdit rename(Options options) {
        RenameParams params = options.getRenameParams();
        String name = params.getNewName();
        if (!valid(name)) {
            throw refusal("server.renameInvalid", name);
        }
        String taken;
        try {
            taken = options.getLanguageServerAccess().doRead(params.getTextDocument().getUri(), context -> {
                if (!(context.getResource() instanceof XtextResource resource)) {
                    return null;
                }
                EObject element = getElementAtOffset(resource, context.getDocument(), params.getPosition());
                if (element == null) {
                    element = ElementHovers.elementAt(resource, context.getDocument().getOffSet(params.getPosition()));
                }
                return element == null ? null : holder(element, name);
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (taken != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, taken, null));
        }
        return super.rename(options);
    }

    /** A name of the language: its ID rule accepts it as it is written. */
    private boolean valid(String name) {
        try {
            return name != null && name.equals(converters.toString(converters.toValue(name, "ID", null), "ID"));
        } catch (ValueConverterException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The message naming the element that already has {@code name}, or null when it is free. */
    private String holder(EObject element, String name) {
        var descriptions = index.getResourceDescriptions(element.eResource());
        var own = EcoreUtil.getURI(element);
        IEObjectDescription other = StreamSupport.stream(descriptions.getExportedObjects(
                CoopPackage.Literals.NAMED_ELEMENT, QualifiedName.create(name), false).spliterator(), false)
                .filter(d -> !d.getEObjectURI().equals(own)).findFirst().orElse(null);
        if (other == null) {
            return null;
        }
        return IdeMessages.get(language.get(), "server.renameTaken", name,
                ModelLabels.label(other.getEClass(), language.get()), other.getEObjectURI().trimFragment().lastSegment());
    }

    private ResponseErrorException refusal(String key, Object... arguments) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                IdeMessages.get(language.get(), key, arguments), null));
    }
}
