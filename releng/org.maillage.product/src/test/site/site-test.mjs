// The published site in a real browser (the machine's Chromium through playwright-core): from each
// site's home pages, walks every link (no broken link or anchor, no missing picture, no console
// error, no failed request), runs axe-core on every page (WCAG 2.1 A and AA rules: zero violation)
// and checks that the French and English versions have the same pages.
// Usage: node site-test.mjs [--axe=all|N] SITE_DIR... ; --axe=N (for the next folders) runs axe-core on N
// pages of each kind per language (home, findings, findings page, calendar, plan, plan part, actor,
// territory, objective), spread evenly over the kind's pages in name order, so the same pages every run;
// the link walk always loads every page. Two tabs work side by side.
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

    const kindOf = f => {
        const b = base(f);
        const k = /^plan-.*-actions-\d+$/.test(b) ? 'plan-part' : /^findings-/.test(b) ? 'findings-page' : b.split('-')[0];
        return `${k}.${language(f) || defaultLanguage}`;
    };
    // The pages axe-core audits: all, or N of each kind and language, evenly spread over the kind's
    // pages in name order (the same pages on every run).
    const toAudit = new Set();
    const kinds = new Map();
    for (const f of [...pages].sort()) {
        if (!kinds.has(kindOf(f))) kinds.set(kindOf(f), []);
        kinds.get(kindOf(f)).push(f);
    }
    for (const list of kinds.values()) {
        const n = Math.min(list.length, axeSample);
        for (let i = 0; i < n; i++) toAudit.add(list[Math.floor(i * list.length / n)]);
    }

    const context = await browser.newContext({ javaScriptEnabled: true });
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
    let axed = 0;
    let busy = 0;
    const visit = async (page, problems, file) => {
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
                if (!seen.has(name)) { seen.add(name); queue.push(name); }
            }
        }
        for (const image of found.images) {
            if (!image.ok) broken.push(`${file}: picture ${image.src} not shown`);
        }
        if (toAudit.has(file)) {
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
        if (process.env.SITE_TEST_VERBOSE) console.log(`  ${file}: ${Date.now() - started} ms (${kindOf(file)}${toAudit.has(file) ? ', axe' : ''})`);
    };
    // Two tabs load pages side by side (the machine's two cores); the walk ends when no tab has a page
    // in hand and none is waiting.
    queue.forEach(f => seen.add(f));
    const tab = async () => {
        const page = await context.newPage();
        page.setDefaultTimeout(180000);
        const problems = [];
        page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
        page.on('pageerror', e => problems.push(`page error: ${e.message}`));
        page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
        while (queue.length > 0 || busy > 0) {
            if (queue.length === 0) { await new Promise(r => setTimeout(r, 20)); continue; }
            const file = queue.shift();
            busy++;
            try { await visit(page, problems, file); } finally { busy--; }
        }
    };
    const began = Date.now();
    await Promise.all([tab(), tab()]);
    await context.close();
    check(`${dir}: every page is reached from the home pages (${seen.size} of ${pages.length})`,
        pages.every(p => seen.has(p)), `not reached: ${pages.filter(p => !seen.has(p)).join(', ')}`);
    check(`${dir}: no broken link or anchor, every picture shown, no console error or failed request`,
        broken.length === 0, broken.slice(0, 30).join('\n'));
    check(`${dir}: axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) finds no violation on ${axed} pages${axed < seen.size ? ` (${axeSample} of each of the ${kinds.size} kinds of page per language)` : ''}; ${Math.round((Date.now() - began) / 1000)} s`,
        violations.length === 0, violations.slice(0, 30).join('\n'));
}
await browser.close();
process.exit(failed === 0 ? 0 : 1);
