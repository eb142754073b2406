// End-to-end run of the diagram client in headless Chromium (the machine's /usr/bin/chromium):
// create an actor from the palette, give it a role on a function, rename it, undo, move it, lay the
// diagram out again. After each step that changes the text: save (Ctrl+S) and copy the .coop file
// as it is on disk to OUT/step-N.coop; moves and layout are checked in the layout sidecar.
// Usage: node e2e/who-does-what.mjs PAGE_URL COOP_FILE OUT_DIR
import { chromium } from 'playwright-core';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, coopFile, out] = process.argv.slice(2);
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'];
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'maillage-e2e-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args, viewport: { width: 1400, height: 900 }
});
const page = browser.pages()[0];
const problems = [];
page.on('pageerror', e => problems.push(`page error: ${e.message}`));
page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
const frames = [];
page.on('websocket', ws => {
    ws.on('framesent', f => frames.push(`> ${String(f.payload).slice(0, 600)}`));
    ws.on('framereceived', f => frames.push(`< ${String(f.payload).slice(0, 300)}`));
});
process.on('exit', () => writeFileSync(join(out, 'frames.log'), frames.join('\n')));

function fail(message) {
    console.error(`FAIL ${message}\n${problems.join('\n')}`);
    process.exit(1);
}

let step = 0;
async function saved(check, what) {
    // Ctrl+S on the diagram; pressed again if a key press was lost while the page was busy.
    const deadline = Date.now() + 10000;
    let text = readFileSync(coopFile, 'utf8');
    let nextPress = 0;
    while (Date.now() < deadline) {
        if (Date.now() >= nextPress) {
            // The diagram has the keyboard focus, as after a click on it (an editor closing may leave it on the page).
            await page.locator('#maillage-diagram svg.sprotty-graph').focus();
            await page.keyboard.press('Control+s');
            nextPress = Date.now() + 2000;
        }
        await page.waitForTimeout(100);
        text = readFileSync(coopFile, 'utf8');
        if (check(text)) {
            break;
        }
    }
    if (!check(text)) {
        fail(`${what}: the saved file does not show it\n${text}`);
    }
    step++;
    copyFileSync(coopFile, join(out, `step-${step}.coop`));
    await page.screenshot({ path: join(out, `step-${step}.png`) });
    console.log(`ok ${step} ${what}`);
}

/** A point of a diagram element that nothing else covers (links may cross a node the user placed). */
async function centreOf(id) {
    const point = await page.evaluate(wanted => {
        const element = [...document.querySelectorAll('[id]')].find(e => e.id.endsWith(wanted));
        if (!element) {
            return null;
        }
        const box = element.getBoundingClientRect();
        for (const fy of [0.5, 0.3, 0.7, 0.2, 0.8]) {
            for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {
                const x = box.left + box.width * fx;
                const y = box.top + box.height * fy;
                const hit = document.elementFromPoint(x, y)?.closest('[id]');
                if (hit && (hit.id.endsWith(wanted) || hit.id.includes(wanted + '#'))) {
                    return { x, y };
                }
            }
        }
        return null;
    }, id);
    if (!point) {
        fail(`no visible point of ${id}`);
    }
    return point;
}

/** A point of the canvas that no node covers. */
async function emptyPoint() {
    return page.evaluate(() => {
        const boxes = [...document.querySelectorAll('[data-svg-metadata-type^="node:"]')].map(n => n.getBoundingClientRect());
        const palette = document.querySelector('.tool-palette')?.getBoundingClientRect();
        for (let y = 120; y < window.innerHeight - 60; y += 20) {
            for (let x = 40; x < window.innerWidth - 40; x += 20) {
                const inside = r => r && x > r.left - 30 && x < r.right + 30 && y > r.top - 30 && y < r.bottom + 30;
                const hit = document.elementFromPoint(x, y);
                const background = hit && hit.matches('#maillage-diagram svg.sprotty-graph, #maillage-diagram svg.sprotty-graph > g');
                if (!boxes.some(inside) && !inside(palette) && background) {
                    return { x, y };
                }
            }
        }
        return null;
    });
}

await page.goto(url);
await page.waitForFunction(() => window.maillage?.ready === true, null, { timeout: 30000 });
await page.waitForSelector('[data-svg-metadata-type="node:function"]');
await page.waitForSelector('.tool-palette');

const shownFirst = await page.evaluate(() => window.maillage.places());

// 1. An actor from the palette, dropped on an empty spot.
await page.locator('.tool-palette .tool-button', { hasText: /^Acteur$/ }).first().click();
const spot = await emptyPoint();
if (!spot) {
    fail('no empty spot on the canvas');
}
await page.mouse.click(spot.x, spot.y);
await page.waitForSelector('[id$="actor:NouvelActeur"]');
await saved(t => t.includes('actor NouvelActeur "Nouvel acteur" public'), 'actor created from the palette');
const shownAfter = await page.evaluate(() => window.maillage.places());
for (const [id, place] of Object.entries(shownFirst)) {
    if (!shownAfter[id] || shownAfter[id][0] !== place[0] || shownAfter[id][1] !== place[1]) {
        fail(`${id} moved when an actor was added: ${place} → ${shownAfter[id]}`);
    }
}

// 2. The role R from the actor to the function Décision of the action Velo.
await page.locator('.tool-palette .tool-button', { hasText: 'Réalise (R)' }).first().click();
const actor = await centreOf('actor:NouvelActeur');
await page.mouse.click(actor.x, actor.y);
await page.screenshot({ path: join(out, 'step-2-source.png') });
const decision = await centreOf('function:Velo/Decision');
await page.mouse.move(decision.x, decision.y, { steps: 5 });
await page.mouse.click(decision.x, decision.y);
await page.screenshot({ path: join(out, 'step-2-target.png') });
await page.waitForSelector('[id$="role:Velo/Decision/NouvelActeur"]');
await saved(t => /Decision: A\/R CCPL, C PNR, I Departement, R NouvelActeur/.test(t), 'role R given by a link');

// 3. Rename: edit the title label in place.
await page.keyboard.press('Escape');
const title = await centreOf('actor:NouvelActeur#title');
await page.mouse.dblclick(title.x, title.y);
const input = page.locator('.label-edit input, .label-edit textarea').first();
await input.waitFor({ timeout: 5000 });
await input.fill('Office de tourisme du Doux');
await input.press('Enter');
await input.waitFor({ state: 'hidden', timeout: 5000 });
await page.waitForFunction(() => [...document.querySelectorAll('text.mg-title')].some(t => t.textContent === 'Office de tourisme du Doux'));
const away = await emptyPoint();
await page.mouse.click(away.x, away.y);
await saved(t => t.includes('actor NouvelActeur "Office de tourisme du Doux" public'), 'title edited in the diagram');

// 4. Undo (Ctrl+Z on the diagram): the title comes back.
const empty = await emptyPoint();
await page.mouse.click(empty.x, empty.y);
await page.locator('#maillage-diagram svg.sprotty-graph').focus();
await page.keyboard.press('Control+z');
await saved(t => t.includes('actor NouvelActeur "Nouvel acteur" public'), 'rename undone');

// 5. Move the actor: its place goes to the layout sidecar beside the file, never to the text.
const before = readFileSync(coopFile, 'utf8');
const grip = await centreOf('actor:NouvelActeur');
await page.mouse.move(grip.x, grip.y);
await page.mouse.down();
await page.mouse.move(grip.x + 60, grip.y + 90, { steps: 8 });
await page.mouse.up();
const sidecar = `${coopFile}.layout`;
const moved = () => {
    try {
        const bounds = JSON.parse(readFileSync(sidecar, 'utf8')).diagrams['who-does-what/PlanLamastre']['actor:NouvelActeur'];
        return bounds && bounds[2] > 0;
    } catch {
        return false;
    }
};
for (let i = 0; i < 100 && !moved(); i++) {
    await page.waitForTimeout(100);
}
if (!moved()) {
    fail(`the move is not in ${sidecar}`);
}
if (readFileSync(coopFile, 'utf8') !== before) {
    fail('a move changed the text');
}
copyFileSync(sidecar, join(out, 'moved.layout'));
console.log('ok 5 move kept in the layout sidecar');

// 6. Automatic layout on demand (GLSP's layout operation): the user's positions of this diagram are forgotten.
await page.evaluate(() => window.maillage.dispatcher.dispatch({ kind: 'layout', isOperation: true, elementIds: [] }));
const cleared = () => {
    try {
        return !JSON.parse(readFileSync(sidecar, 'utf8')).diagrams['who-does-what/PlanLamastre'];
    } catch {
        return false;
    }
};
for (let i = 0; i < 100 && !cleared(); i++) {
    await page.waitForTimeout(100);
}
if (!cleared()) {
    fail('the automatic layout left the user positions in the sidecar');
}
console.log('ok 6 automatic layout on demand');

// 7. Delete: the actor selected by a click, the Delete key; it goes from the text with its role and partnership.
const withActor = readFileSync(coopFile, 'utf8');
const target = await centreOf('actor:NouvelActeur');
await page.mouse.click(target.x, target.y);
await page.waitForFunction(() => window.maillage.selectedIds().includes('actor:NouvelActeur'));
await page.keyboard.press('Delete');
await saved(t => !t.includes('NouvelActeur'), 'actor deleted with the Delete key');

// 8. One Ctrl+Z undoes that gesture only: the text is as it was before the deletion.
await page.locator('#maillage-diagram svg.sprotty-graph').focus();
await page.keyboard.press('Control+z');
await saved(t => t === withActor, 'deletion undone in one step');

// 9. An actor of the referentiel deleted in the plan's diagram leaves the plan: its roles and partnership go.
await page.evaluate(() => window.maillage.dispatcher.dispatch({ kind: 'deleteElement', isOperation: true, elementIds: ['actor:Departement'] }));
await saved(t => !/\bDepartement\b/.test(t.replace(/"[^"]*"/g, '""').replace(/\/\/.*/g, '')), 'referentiel actor taken out of the plan');

// 10. The legend is drawn once; the context menu on the canvas; a notch of the wheel zooms by 10 %.
const legendItems = await page.locator('#legend .mg-legend-item').count();
if (legendItems !== 5) {
    fail(`the legend has ${legendItems} items, not 5`);
}
const free = await emptyPoint();
await page.mouse.click(free.x, free.y, { button: 'right' });
await page.waitForSelector('.mg-context-menu');
const labels = await page.locator('.mg-context-menu .mg-menu-item').allTextContents();
for (const wanted of ['Supprimer', 'Disposition automatique', 'Ajuster à la fenêtre']) {
    if (!labels.includes(wanted)) {
        fail(`the context menu lacks ${wanted}: ${labels}`);
    }
}
await page.screenshot({ path: join(out, 'context-menu.png') });
await page.locator('.mg-context-menu .mg-menu-item', { hasText: 'Ajuster à la fenêtre' }).click();
await page.waitForSelector('.mg-context-menu', { state: 'detached' });
const zoomBefore = await page.evaluate(() => window.maillage.zoom());
await page.mouse.move(free.x, free.y);
await page.mouse.wheel(0, -100);
await page.waitForFunction(z => Math.abs(window.maillage.zoom() - z) > 1e-6, zoomBefore);
const ratio = await page.evaluate(z => window.maillage.zoom() / z, zoomBefore);
if (Math.abs(ratio - 1.1) > 0.001) {
    fail(`a notch of the wheel zooms by ${ratio}, not 1.1`);
}
console.log('ok 10 legend once, context menu, zoom steps of 10 %');

await browser.close();
if (problems.length > 0) {
    fail('the page reported errors');
}
console.log('done');
