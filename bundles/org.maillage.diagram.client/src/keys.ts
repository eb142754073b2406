// Keys of the diagram page in the workbench's editor. Delete, Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z are the
// workbench's Edit commands there (menus, key bindings). WebKitGTK may deliver a key press both to the
// page and to the workbench's bindings: the page never acts on these keys itself, it hands them to the
// editor (maillageKey), which runs each press once whichever way it came. Inside a text field (a title
// being edited) the keys stay the field's.

/** The workbench command a key press stands for, if any. */
export function workbenchCommand(event: KeyboardEvent): 'delete' | 'undo' | 'redo' | undefined {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.key === 'Delete' && !ctrl && !event.altKey) {
        return 'delete';
    }
    if (ctrl && !event.altKey && key === 'z') {
        return event.shiftKey ? 'redo' : 'undo';
    }
    if (ctrl && !event.altKey && key === 'y') {
        return 'redo';
    }
    return undefined;
}

export function keepWorkbenchKeys(target: Window): void {
    target.addEventListener('keydown', event => {
        const field = event.target;
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
            return;
        }
        const command = workbenchCommand(event);
        if (command) {
            event.preventDefault();
            event.stopImmediatePropagation();
            const editor = (target as unknown as { maillageKey?: (command: string) => unknown }).maillageKey;
            if (typeof editor === 'function') {
                editor(command);
            }
        }
    }, true);
}

/** The ids that can be deleted among the selected: elements, not their labels or markers. */
export function deletableSelection(ids: string[]): string[] {
    return ids.filter(id => !id.includes('#'));
}
