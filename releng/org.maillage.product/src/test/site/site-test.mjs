// The published site in a real browser (the machine's Chromium through playwright-core): from each
// site's home pages, walks every link (no broken link or anchor, no missing picture, no console
// error, no failed request), runs axe-core on every page (WCAG 2.1 A and AA rules: zero violation)
// and checks that the French and English versions have the same pages.
// Usage: node site-test.mjs [--axe=all|N] SITE_DIR... ; --axe=N (for the next folders) runs axe-core on the
// first N pages of each kind (actor, territory, objective, home, calendar) per language but on no plan
// nor findings page, to keep a large model's run short (on a shared 2-core machine axe-core took 45 s on
// a plan page of the M model and 150 s on its findings page; the example's pages of those kinds have the
// same structure and are all audited); the link walk always loads every page.
// Prints "ok"/"FAILED" lines; exits 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
let failed = 0;
const check = (name, ok, detail = '') => {
    console.log(`${ok ? 'ok' : 'FAILED'} - site: ${name}${ok || !detail ? '' : `\n${detail}`}`);
    if (!ok) failed++;
};
if (!existsSync(executablePath)) {
    check(`Chromium is needed at ${executablePath} (see .ci/run)`, false);
    process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
let axeSample = Infinity;
const folders = [];
for (const argument of process.argv.slice(2)) {
    if (argument.startsWith('--axe=')) {
        axeSample = argument === '--axe=all' ? Infinity : Number(argument.substring(6));
    } else {
        folders.push({ dir: resolve(argument), axeSample });
    }
}
for (const { dir, axeSample } of folders) {
    const files = readdirSync(dir);
    const pages = files.filter(f => f.endsWith('.html'));
    const base = f => f === 'index.html' ? 'index' : f.replace(/\.(fr|en)\.html$/, '');
    const language = f => f === 'index.html' ? null : (f.match(/\.(fr|en)\.html$/) || [])[1];
    const defaultLanguage = pages.includes('index.en.html') ? 'fr' : 'en';
    const of = lang => pages.filter(f => (language(f) || defaultLanguage) === lang).map(base).sort();
    check(`${dir}: French and English have the same ${of('fr').length} pages`,
        JSON.stringify(of('fr')) === JSON.stringify(of('en')) && of('fr').length > 0,
        `fr only: ${of('fr').filter(p => !of('en').includes(p))}\nen only: ${of('en').filter(p => !of('fr').includes(p))}`);

    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    page.setDefaultTimeout(180000);
    const problems = [];
    page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', e => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
    const ids = new Map();
    const idsOf = file => {
        if (!ids.has(file)) {
            ids.set(file, new Set([...readFileSync(join(dir, file), 'utf8').matchAll(/ id="([^"]+)"/g)].map(m => m[1])));
        }
        return ids.get(file);
    };
    const seen = new Set();
    const queue = ['index.html', `index.${defaultLanguage === 'fr' ? 'en' : 'fr'}.html`];
    const broken = [];
    const violations = [];
    const audited = new Map();
    let axed = 0;
    const kindOf = f => {
        const k = base(f).split('-')[0];
        return `${['plan', 'actor', 'territory', 'objective'].includes(k) ? k : base(f)}.${language(f) || defaultLanguage}`;
    };
    while (queue.length > 0) {
        const file = queue.shift();
        if (seen.has(file)) continue;
        seen.add(file);
        problems.length = 0;
        const started = Date.now();
        await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
        const found = await page.evaluate(() => ({
            links: [...document.querySelectorAll('a[href]')].map(a => a.href),
            images: [...document.querySelectorAll('img')].map(i => ({ src: i.src, ok: i.complete && i.naturalWidth > 0 })),
        }));
        for (const href of found.links) {
            const url = new URL(href);
            if (url.protocol !== 'file:') { broken.push(`${file}: ${href} leaves the site`); continue; }
            const target = fileURLToPath(url);
            const name = target.substring(dir.length + 1);
            if (!target.startsWith(dir + '/') || name.includes('/') || !existsSync(target)) { broken.push(`${file}: ${href}`); continue; }
            const anchor = decodeURIComponent(url.hash.substring(1));
            if (name.endsWith('.html')) {
                if (anchor && !idsOf(name).has(anchor)) broken.push(`${file}: ${href} (no such anchor)`);
                if (!seen.has(name)) queue.push(name);
            }
        }
        for (const image of found.images) {
            if (!image.ok) broken.push(`${file}: picture ${image.src} not shown`);
        }
        const kind = kindOf(file);
        audited.set(kind, (audited.get(kind) || 0) + 1);
        if (axeSample === Infinity || (audited.get(kind) <= axeSample && !kind.startsWith('plan.') && !kind.startsWith('findings.'))) {
            axed++;
            await page.evaluate(axeSource);
            const result = await page.evaluate(() => window.axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            }));
            for (const v of result.violations) {
                violations.push(`${file}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
        }
        if (problems.length > 0) broken.push(...problems.map(p => `${file}: ${p}`));
        if (process.env.SITE_TEST_VERBOSE) console.log(`  ${file}: ${Date.now() - started} ms`);
    }
    await context.close();
    check(`${dir}: every page is reached from the home pages (${seen.size} of ${pages.length})`,
        pages.every(p => seen.has(p)), `not reached: ${pages.filter(p => !seen.has(p)).join(', ')}`);
    check(`${dir}: no broken link or anchor, every picture shown, no console error or failed request`,
        broken.length === 0, broken.slice(0, 30).join('\n'));
    check(`${dir}: axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) finds no violation on ${axed} pages${axed < seen.size ? ` (${axeSample} of each kind)` : ''}`,
        violations.length === 0, violations.slice(0, 30).join('\n'));
}
await browser.close();
process.exit(failed === 0 ? 0 : 1);
