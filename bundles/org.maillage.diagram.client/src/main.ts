// Maillage's diagram client: the GLSP client of one diagram (cooperation map or who-does-what) of
// one .coop file, talking to the workbench's diagram server over a websocket that only the
// session token opens. Page parameters: token, type, file, plan, lang.
import 'reflect-metadata';
import {
    Action,
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DefaultTypes,
    DeleteElementOperation,
    FitToScreenAction,
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
    IActionHandler,
    LogLevel,
    MessageAction,
    STANDALONE_MODULE_CONFIG,
    SelectionService,
    StatusAction,
    TYPES,
    ZoomMouseListener,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import { Container, injectable } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import '../../org.maillage.diagram/style/diagram.css';
import { deletableSelection, keepWorkbenchKeys } from './keys';
import { HostCommandAction, HostCommandHandler, HtmlContextMenu, MaillageMenuItems } from './menu';
import { StepZoomMouseListener } from './zoom';
import { showFilterBar } from './filter';
import { showLegend } from './legend';
import './page.css';
import { CoopEdgeView, CoopNodeView, EdgeLabelView, HeadingLabelView, TitleLabelView } from './views';

const params = new URLSearchParams(window.location.search);
const diagramType = params.get('type') ?? 'maillage-map';
const english = params.get('lang') === 'en';
MaillageMenuItems.english = english;
/** In the workbench's editor, Delete, Undo and Redo are the workbench's commands (menus, key bindings). */
const inWorkbench = params.get('host') === 'workbench';

/** The server's messages (a refused edit and why) shown in the diagram's status line for a while. */
@injectable()
class MessageInStatus implements IActionHandler {
    handle(action: Action): Action | void {
        const message = action as MessageAction;
        if (message.severity === 'NONE' || !message.message) {
            return;
        }
        const severity = message.severity === 'ERROR' ? 'ERROR' : message.severity === 'WARNING' ? 'WARNING' : 'INFO';
        return StatusAction.create(message.message, { severity, timeout: 8000 });
    }
}
const socket = `ws://${window.location.host}/glsp?token=${encodeURIComponent(params.get('token') ?? '')}`;

const maillageModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    bind(MessageInStatus).toSelf().inSingletonScope();
    bind(TYPES.IContextMenuService).to(HtmlContextMenu).inSingletonScope();
    bind(MaillageMenuItems).toSelf().inSingletonScope();
    bind(TYPES.IContextMenuItemProvider).toService(MaillageMenuItems);
    bind(HostCommandHandler).toSelf().inSingletonScope();
    configureActionHandler(context, HostCommandAction.KIND, HostCommandHandler);
    rebind(ZoomMouseListener).to(StepZoomMouseListener).inSingletonScope();
    configureActionHandler(context, MessageAction.KIND, MessageInStatus);
    overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GGraphView);
    for (const kind of ['territory', 'actor', 'convention', 'action', 'function', 'notice']) {
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
    // The whole diagram in the window when it opens: once the model is there (fitting an empty model
    // leaves the viewport at NaN, and nothing is drawn afterwards).
    await fitWhenDrawn(container.get(EditorContextService), container.get(GLSPActionDispatcher));
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
        showFilterBar(english, container.get(GLSPActionDispatcher), container.get(EditorContextService));
    }
    // For the workbench and the tests: the dispatcher, and the ids of the elements of the current model
    // (the view draws only what is in the viewport).
    const context = container.get(EditorContextService);
    const root = (): { id: string; children?: unknown[] } => context.modelRoot as unknown as { id: string; children?: unknown[] };
    (window as unknown as { maillage: object }).maillage = {
        dispatcher: container.get(GLSPActionDispatcher),
        elementIds: (): string[] => collectIds(root()),
        titleOf: (id: string): string | undefined => findText(root(), `${id}#title`),
        places: (): Record<string, number[]> => placesOf(root()),
        rootArgs: (): Record<string, unknown> => (context.modelRoot as unknown as { args?: Record<string, unknown> }).args ?? {},
        zoom: (): number => (context.modelRoot as unknown as { zoom?: number }).zoom ?? 1,
        selectedIds: (): string[] => container.get(SelectionService).getSelectedElementIDs(),
        // Edit > Delete of the workbench: the selected elements, or the next character of a title being edited.
        deleteSelection: (): boolean => {
            const editing = document.activeElement;
            if (editing instanceof HTMLInputElement || editing instanceof HTMLTextAreaElement) {
                document.execCommand('forwardDelete');
                return true;
            }
            const ids = deletableSelection(container.get(SelectionService).getSelectedElementIDs());
            if (ids.length > 0) {
                container.get(GLSPActionDispatcher).dispatch(DeleteElementOperation.create(ids));
            }
            return ids.length > 0;
        },
        ready: true
    };
}

async function fitWhenDrawn(context: EditorContextService, dispatcher: GLSPActionDispatcher): Promise<void> {
    for (let waited = 0; waited < 10000; waited += 100) {
        const root = context.modelRoot as unknown as { children?: unknown[] } | undefined;
        if (root?.children && root.children.length > 0) {
            await dispatcher.dispatch(FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false }));
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

type Placed = { id: string; type?: string; position?: { x: number; y: number }; children?: unknown[] };

/** Each node's position (relative to its container) in the current model: [x, y]. */
function placesOf(element?: Placed, into: Record<string, number[]> = {}): Record<string, number[]> {
    for (const child of ((element?.children ?? []) as Placed[])) {
        if (child.type?.startsWith('node:') && child.position) {
            into[child.id] = [child.position.x, child.position.y];
            placesOf(child, into);
        }
    }
    return into;
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

if (inWorkbench) {
    keepWorkbenchKeys(window);
}
status(english ? 'Connecting…' : 'Connexion…');
new GLSPWebSocketProvider(socket).listen({
    onConnection: connection => open(connection),
    onReconnect: connection => open(connection, true),
    logger: console
});
