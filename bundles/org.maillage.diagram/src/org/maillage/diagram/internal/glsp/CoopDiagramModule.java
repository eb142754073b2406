package org.maillage.diagram.internal.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.layout.LayoutEngine;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.maillage.diagram.DiagramHost;
import org.maillage.diagram.DiagramKind;

/**
 * The GLSP bindings of one Maillage diagram type: the text document as source model, the
 * GModel built from it, the operations that edit it, the palette, the layout on demand.
 */
public class CoopDiagramModule extends DiagramModule {
    private final DiagramKind kind;
    private final DiagramHost host;

    public CoopDiagramModule(DiagramKind kind, DiagramHost host) {
        this.kind = kind;
        this.host = host;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(DiagramKind.class).toInstance(kind);
        bind(DiagramHost.class).toInstance(host);
    }

    @Override
    public String getDiagramType() {
        return kind.diagramType();
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return DiagramTypes.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return CoopModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return CoopModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return CoopGModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return Palette.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return TitleValidator.class;
    }

    @Override
    protected Class<? extends LayoutEngine> bindLayoutEngine() {
        return SidecarLayoutEngine.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(TextChangedAction.Handler.class);
        binding.add(FilterAction.Handler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(LabelEditHandler.class);
        binding.add(BoundsHandler.class);
        binding.add(RoutingPointsHandler.class);
    }
}
