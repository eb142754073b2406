// Keys of the diagram page in the workbench's editor. The workbench binds Delete, Ctrl+Z, Ctrl+Y and
// Ctrl+Shift+Z to its Edit commands, which the diagram editor handles (through the page when needed):
// the page's own listeners must not act on them a second time, or one key press would delete or undo
// twice. Inside a text field (a title being edited) the keys stay the field's.

/** Whether a key press is one of the workbench's editing commands. */
export function isWorkbenchKey(event: KeyboardEvent): boolean {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    return (event.key === 'Delete' && !ctrl && !event.altKey)
        || (ctrl && !event.altKey && (key === 'z' || key === 'y'));
}

export function keepWorkbenchKeys(target: Window): void {
    target.addEventListener('keydown', event => {
        const field = event.target;
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
            return;
        }
        if (isWorkbenchKey(event)) {
            event.stopImmediatePropagation();
        }
    }, true);
}

/** The ids that can be deleted among the selected: elements, not their labels or markers. */
export function deletableSelection(ids: string[]): string[] {
    return ids.filter(id => !id.includes('#'));
}
