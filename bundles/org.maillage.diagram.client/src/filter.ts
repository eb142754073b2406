// The who-does-what diagram's filter: all of it, or one action, one actor, one theme. The server lists
// the names in the graph's arguments and replaces a diagram too large to draw by a notice.
import { Action, EditorContextService, GLSPActionDispatcher } from '@eclipse-glsp/client';

const WORDS: Record<string, [string, string]> = {
    all: ['Tout le diagramme', 'The whole diagram'],
    action: ['Une action', 'One action'],
    actor: ['Un acteur', 'One actor'],
    theme: ['Un thème', 'One theme'],
    show: ['Afficher', 'Show'],
    name: ['nom', 'name']
};

type Args = Record<string, string | undefined>;

export function showFilterBar(english: boolean, dispatcher: GLSPActionDispatcher, context: EditorContextService): void {
    const bar = document.getElementById('filter');
    if (!bar) {
        return;
    }
    const word = (key: string): string => WORDS[key][english ? 1 : 0];
    bar.replaceChildren();
    const kind = document.createElement('select');
    kind.id = 'mg-filter-kind';
    for (const value of ['all', 'action', 'actor', 'theme']) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = word(value);
        kind.appendChild(option);
    }
    const name = document.createElement('input');
    name.id = 'mg-filter-name';
    name.placeholder = word('name');
    name.setAttribute('list', 'mg-filter-values');
    const values = document.createElement('datalist');
    values.id = 'mg-filter-values';
    const show = document.createElement('button');
    show.type = 'button';
    show.id = 'mg-filter-show';
    show.textContent = word('show');
    const args = (): Args => ((context.modelRoot as unknown as { args?: Args }).args ?? {});
    const offer = (): void => {
        const list = kind.value === 'action' ? 'actions' : kind.value === 'actor' ? 'actors' : kind.value === 'theme' ? 'themes' : '';
        values.replaceChildren(...(args()[list] ?? '').split('\n').filter(v => v).map(v => {
            const option = document.createElement('option');
            option.value = v;
            return option;
        }));
        name.disabled = kind.value === 'all';
    };
    kind.addEventListener('change', offer);
    name.addEventListener('focus', offer);
    const apply = (): void => {
        const filter = kind.value === 'all' || !name.value.trim() ? '' : `${kind.value}:${name.value.trim()}`;
        dispatcher.dispatch({ kind: 'maillageFilter', filter } as Action);
    };
    show.addEventListener('click', apply);
    name.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
            apply();
        }
    });
    const current = args()['filter'] ?? '';
    const colon = current.indexOf(':');
    kind.value = colon > 0 ? current.substring(0, colon) : 'all';
    name.value = colon > 0 ? current.substring(colon + 1) : '';
    offer();
    bar.append(kind, name, values, show);
    bar.hidden = false;
}
