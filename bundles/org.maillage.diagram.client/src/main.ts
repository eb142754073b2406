// Maillage's diagram client: the GLSP client of one diagram (cooperation map or who-does-what) of
// one .coop file, talking to the workbench's diagram server over a websocket that only the
// session token opens. Page parameters: token, type, file, plan, lang.
import 'reflect-metadata';
import {
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DefaultTypes,
    DiagramLoader,
    EditorContextService,
    FeatureModule,
    GEdge,
    GGraph,
    GGraphView,
    GLabel,
    GLSPActionDispatcher,
    GLSPWebSocketProvider,
    GNode,
    LogLevel,
    STANDALONE_MODULE_CONFIG,
    SelectionService,
    TYPES,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import '../../org.maillage.diagram/style/diagram.css';
import { showLegend } from './legend';
import './page.css';
import { CoopEdgeView, CoopNodeView, EdgeLabelView, HeadingLabelView, TitleLabelView } from './views';

const params = new URLSearchParams(window.location.search);
const diagramType = params.get('type') ?? 'maillage-map';
const english = params.get('lang') === 'en';
const socket = `ws://${window.location.host}/glsp?token=${encodeURIComponent(params.get('token') ?? '')}`;

const maillageModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GGraphView);
    for (const kind of ['territory', 'actor', 'convention', 'action', 'function']) {
        configureModelElement(context, `node:${kind}`, GNode, CoopNodeView);
    }
    for (const kind of ['party', 'delegation', 'overlap', 'role']) {
        configureModelElement(context, `edge:${kind}`, GEdge, CoopEdgeView);
    }
    configureModelElement(context, 'label:heading', GLabel, HeadingLabelView);
    configureModelElement(context, 'label:title', GLabel, TitleLabelView, { enable: [editLabelFeature] });
    configureModelElement(context, 'label:edge', GLabel, EdgeLabelView);
}, { featureId: Symbol('maillage') });

function status(text: string): void {
    const element = document.getElementById('status');
    if (element) {
        element.textContent = text;
    }
}

async function open(connection: MessageConnection, isReconnecting = false): Promise<void> {
    const client = new BaseJsonrpcGLSPClient({ id: diagramType, connectionProvider: connection });
    const container = initializeDiagramContainer(new Container(), maillageModule,
        createDiagramOptionsModule({
            clientId: 'maillage-diagram',
            diagramType,
            glspClientProvider: async () => client,
            sourceUri: params.get('file') ?? ''
        }),
        STANDALONE_MODULE_CONFIG);
    await container.get(DiagramLoader).load({
        requestModelOptions: { isReconnecting, plan: params.get('plan') ?? '' }
    });
    status('');
    // The workbench's editor defines maillageSelected(idsAsJson) to show the selection in its views.
    const selection = container.get(SelectionService);
    selection.onSelectionChanged(() => {
        const notify = (window as unknown as { maillageSelected?: (ids: string) => void }).maillageSelected;
        if (typeof notify === 'function') {
            notify(JSON.stringify(selection.getSelectedElementIDs()));
        }
    });
    if (diagramType === 'maillage-who-does-what') {
        showLegend(english);
    }
    // For the workbench and the tests: the dispatcher, and the ids of the elements of the current model
    // (the view draws only what is in the viewport).
    const context = container.get(EditorContextService);
    const root = (): { id: string; children?: unknown[] } => context.modelRoot as unknown as { id: string; children?: unknown[] };
    (window as unknown as { maillage: object }).maillage = {
        dispatcher: container.get(GLSPActionDispatcher),
        elementIds: (): string[] => collectIds(root()),
        titleOf: (id: string): string | undefined => findText(root(), `${id}#title`),
        selectedIds: (): string[] => container.get(SelectionService).getSelectedElementIDs(),
        ready: true
    };
}

function collectIds(element?: { id: string; children?: unknown[] }): string[] {
    if (!element) {
        return [];
    }
    const children = (element.children ?? []) as { id: string; children?: unknown[] }[];
    return [element.id, ...children.flatMap(child => collectIds(child))];
}

function findText(element: { id: string; text?: string; children?: unknown[] } | undefined, id: string): string | undefined {
    if (!element) {
        return undefined;
    }
    if (element.id === id) {
        return element.text;
    }
    for (const child of (element.children ?? []) as { id: string; text?: string; children?: unknown[] }[]) {
        const found = findText(child, id);
        if (found !== undefined) {
            return found;
        }
    }
    return undefined;
}

status(english ? 'Connecting…' : 'Connexion…');
new GLSPWebSocketProvider(socket).listen({
    onConnection: connection => open(connection),
    onReconnect: connection => open(connection, true),
    logger: console
});
