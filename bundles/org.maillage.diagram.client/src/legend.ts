// The legend of role colours on the who-does-what diagram, drawn with the stylesheet's role classes.
const ROLES: [string, string, string][] = [
    ['A', 'Décide, rend compte (A)', 'Accountable (A)'],
    ['R', 'Réalise (R)', 'Responsible (R)'],
    ['S', 'Soutient (S)', 'Support (S)'],
    ['C', 'Consulté (C)', 'Consulted (C)'],
    ['I', 'Informé (I)', 'Informed (I)']
];

export function showLegend(english: boolean): void {
    const box = document.getElementById('legend');
    if (!box) {
        return;
    }
    // Drawn once: the page opens the diagram again when its connection comes back.
    box.replaceChildren();
    const ns = 'http://www.w3.org/2000/svg';
    for (const [letter, french, inEnglish] of ROLES) {
        const item = document.createElement('span');
        item.className = 'mg-legend-item';
        const line = document.createElementNS(ns, 'svg');
        line.setAttribute('width', '26');
        line.setAttribute('height', '10');
        const stroke = document.createElementNS(ns, 'line');
        stroke.setAttribute('class', `mg-edge role-${letter}`);
        stroke.setAttribute('x1', '0');
        stroke.setAttribute('y1', '5');
        stroke.setAttribute('x2', '26');
        stroke.setAttribute('y2', '5');
        line.appendChild(stroke);
        item.appendChild(line);
        item.appendChild(document.createTextNode(english ? inEnglish : french));
        box.appendChild(item);
    }
    box.hidden = false;
}
