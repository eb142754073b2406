package org.maillage.diagram.internal.glsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.ClientOptionsUtil;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DiagramHost;

import com.google.inject.Inject;

/**
 * Opens the document of the {@code .coop} file the client names ({@code sourceUri}, a path or a
 * file URI; {@code plan}, optional, the plan to show) through the host, and saves it when the
 * client asks. When the text changes by another hand (the text editor), a {@link TextChangedAction}
 * has the diagram sent again, on the session's own thread.
 */
public class CoopModelStorage implements SourceModelStorage {
    public static final String PLAN_OPTION = "plan";

    @Inject
    private CoopModelState state;

    @Inject
    private DiagramHost host;

    @Inject
    private ActionDispatcher dispatcher;

    private Runnable listener;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        Map<String, String> options = action.getOptions();
        String uri = ClientOptionsUtil.getSourceUri(options)
                .orElseThrow(() -> new GLSPServerException("No sourceUri: which .coop file should the diagram show?"));
        Path path = ClientOptionsUtil.getAsFile(uri).toPath();
        CoopDocument document;
        try {
            document = host.document(path);
        } catch (IOException e) {
            throw new GLSPServerException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        if (listener != null && state.document() != null) {
            state.document().removeListener(listener);
        }
        state.open(document, options.get(PLAN_OPTION), host.locale());
        listener = () -> {
            if (!state.changing()) {
                dispatcher.dispatch(new TextChangedAction());
            }
        };
        document.addListener(listener);
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            state.document().save();
        } catch (IOException e) {
            throw new GLSPServerException("Cannot save " + state.document().path() + ": " + e.getMessage(), e);
        }
    }
}
