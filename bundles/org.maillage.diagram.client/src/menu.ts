// The diagram's context menu: delete, automatic layout, fit to window; in the workbench also export the
// picture (SVG, PNG) and open the element in the text, which the workbench's editor does
// (window.maillageCommand). Drawn by the page itself (GLSP leaves the menu to its host).
import {
    Action,
    Anchor,
    DeleteElementOperation,
    FitToScreenAction,
    GModelRoot,
    IActionDispatcher,
    IActionHandler,
    IContextMenuItemProvider,
    IContextMenuService,
    LabeledAction,
    LayoutOperation,
    ClientMenuItem,
    Point,
    SelectionService,
    TYPES
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { deletableSelection } from './keys';

const TEXTS: Record<string, [string, string]> = {
    delete: ['Supprimer', 'Delete'],
    layout: ['Disposition automatique', 'Automatic layout'],
    fit: ['Ajuster à la fenêtre', 'Fit to window'],
    exportSvg: ['Exporter l\u2019image en SVG…', 'Export the picture as SVG…'],
    exportPng: ['Exporter l\u2019image en PNG…', 'Export the picture as PNG…'],
    openText: ['Ouvrir dans le texte', 'Open in the text']
};

type Host = { maillageCommand?: (command: string, idsAsJson: string) => unknown };

/** The workbench's editor defines maillageCommand: export and open-in-text exist only there. */
function host(): Host['maillageCommand'] {
    const command = (window as unknown as Host).maillageCommand;
    return typeof command === 'function' ? command : undefined;
}

/** A command of the workbench's editor (client-side action, never sent to the server). */
export interface HostCommandAction extends Action {
    kind: typeof HostCommandAction.KIND;
    command: string;
    elementIds: string[];
}

export namespace HostCommandAction {
    export const KIND = 'maillageHostCommand';

    export function create(command: string, elementIds: string[]): HostCommandAction {
        return { kind: KIND, command, elementIds };
    }
}

@injectable()
export class HostCommandHandler implements IActionHandler {
    handle(action: Action): void {
        const command = host();
        const hostAction = action as HostCommandAction;
        if (command) {
            command(hostAction.command, JSON.stringify(hostAction.elementIds));
        }
    }
}

@injectable()
export class MaillageMenuItems implements IContextMenuItemProvider {
    @inject(SelectionService) protected selection!: SelectionService;

    static english = false;

    async getItems(_root: Readonly<GModelRoot>, _at?: Point): Promise<LabeledAction[]> {
        const ids = deletableSelection(this.selection.getSelectedElementIDs());
        const text = (key: string): string => TEXTS[key][MaillageMenuItems.english ? 1 : 0];
        const items: ClientMenuItem[] = [
            { id: 'maillage.delete', label: text('delete'), group: 'a-edit', sortString: 'a', actions: [DeleteElementOperation.create(ids)],
                isEnabled: () => ids.length > 0 },
            { id: 'maillage.layout', label: text('layout'), group: 'b-view', sortString: 'a', actions: [LayoutOperation.create([])] },
            { id: 'maillage.fit', label: text('fit'), group: 'b-view', sortString: 'b',
                actions: [FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false })] }
        ];
        if (host()) {
            items.push(
                { id: 'maillage.exportSvg', label: text('exportSvg'), group: 'c-export', sortString: 'a',
                    actions: [HostCommandAction.create('exportSvg', [])] },
                { id: 'maillage.exportPng', label: text('exportPng'), group: 'c-export', sortString: 'b',
                    actions: [HostCommandAction.create('exportPng', [])] },
                { id: 'maillage.openText', label: text('openText'), group: 'd-text', sortString: 'a',
                    actions: [HostCommandAction.create('openText', ids)], isEnabled: () => ids.length === 1 });
        }
        return items;
    }
}

/** The menu itself: a list of buttons where the pointer is, groups separated by a line. */
@injectable()
export class HtmlContextMenu implements IContextMenuService {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    protected open?: HTMLElement;

    show(items: ClientMenuItem[], anchor: Anchor, onHide?: () => void): void {
        this.hide();
        const menu = document.createElement('div');
        menu.className = 'mg-context-menu';
        menu.setAttribute('role', 'menu');
        const visible = items.filter(item => !item.isVisible || item.isVisible())
            .sort((a, b) => `${a.group ?? ''}/${a.sortString ?? ''}`.localeCompare(`${b.group ?? ''}/${b.sortString ?? ''}`));
        let group: string | undefined;
        for (const item of visible) {
            if (group !== undefined && item.group !== group) {
                menu.appendChild(document.createElement('hr'));
            }
            group = item.group;
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'mg-menu-item';
            button.dataset.id = item.id;
            button.setAttribute('role', 'menuitem');
            button.textContent = item.label;
            button.disabled = item.isEnabled ? !item.isEnabled() : false;
            button.addEventListener('click', () => {
                this.hide();
                onHide?.();
                if (item.actions) {
                    this.dispatcher.dispatchAll(item.actions);
                }
            });
            menu.appendChild(button);
        }
        const x = 'clientX' in anchor ? anchor.clientX : anchor.x;
        const y = 'clientY' in anchor ? anchor.clientY : anchor.y;
        menu.style.left = `${x}px`;
        menu.style.top = `${y}px`;
        document.body.appendChild(menu);
        // Kept inside the window.
        const box = menu.getBoundingClientRect();
        menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - box.width - 2))}px`;
        menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - box.height - 2))}px`;
        this.open = menu;
        const close = (event: Event): void => {
            if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menu.contains(event.target as Node)) {
                this.hide();
                onHide?.();
                window.removeEventListener('mousedown', close, true);
                window.removeEventListener('keydown', close, true);
            }
        };
        window.addEventListener('mousedown', close, true);
        window.addEventListener('keydown', close, true);
    }

    protected hide(): void {
        this.open?.remove();
        this.open = undefined;
    }
}
