// Opening the who-does-what diagram of a large plan in headless Chromium. "drawn": the whole diagram
// or the notice that it is too large, whichever the server sends, and the time it took. "notice": the
// page says that the diagram is too large, then shows one action chosen in the filter bar. Prints the
// times it measured ("opened in N ms").
// Usage: node e2e/large-plan.mjs PAGE_URL OUT_DIR [drawn|notice]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, out, expect = 'notice'] = process.argv.slice(2);
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'maillage-large-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args, viewport: { width: 1400, height: 900 }
});
const page = browser.pages()[0];
const problems = [];
page.on('pageerror', e => problems.push(`page error: ${e.message}`));
page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
const frames = [];
page.on('websocket', ws => {
    ws.on('framesent', f => frames.push(`> ${Date.now()} ${String(f.payload).slice(0, 200)}`));
    ws.on('framereceived', f => frames.push(`< ${Date.now()} ${String(f.payload).length} ${String(f.payload).slice(0, 200)}`));
});
process.on('uncaughtException', e => {
    console.error(`FAIL ${e.message}\n${problems.join('\n')}\n${frames.slice(-12).join('\n')}`);
    process.exit(1);
});

function fail(message) {
    console.error(`FAIL ${message}\n${problems.join('\n')}`);
    process.exit(1);
}

const started = Date.now();
await page.goto(url);
await page.waitForFunction(() => window.maillage?.ready === true, null, { timeout: 600000 });
if (expect === 'drawn') {
    await page.waitForSelector('[data-svg-metadata-type="node:function"], [data-svg-metadata-type="node:notice"]', { timeout: 600000 });
    const what = await page.evaluate(() => document.querySelector('[data-svg-metadata-type="node:notice"]') ? 'notice' : 'diagram');
    const nodes = await page.evaluate(() => Object.keys(window.maillage.places()).length);
    console.log(`opened in ${Date.now() - started} ms: ${what} drawn, ${nodes} nodes`);
    await page.screenshot({ path: join(out, 'large-opened.png') });
    await browser.close();
    process.exit(0);
}
await page.waitForSelector('[data-svg-metadata-type="node:notice"]', { timeout: 300000 });
console.log(`opened in ${Date.now() - started} ms: notice shown`);
const notice = await page.locator('[data-svg-metadata-type="node:notice"] text.mg-title').textContent();
if (!/\d+ actions/.test(notice ?? '')) {
    fail(`the notice does not say how large the plan is: ${notice}`);
}
await page.screenshot({ path: join(out, 'large-notice.png') });

// One action chosen in the filter bar: that action alone, with its actors.
const action = await page.evaluate(() => window.maillage.rootArgs().actions.split('\n')[0]);
await page.selectOption('#mg-filter-kind', 'action');
await page.fill('#mg-filter-name', action);
const filtering = Date.now();
await page.click('#mg-filter-show');
await page.waitForSelector(`[id$="action:${action}"]`, { timeout: 60000 });
console.log(`filtered in ${Date.now() - filtering} ms: action ${action}`);
const ids = await page.evaluate(() => window.maillage.elementIds());
if (ids.some(id => id.startsWith('notice:')) || ids.filter(id => id.startsWith('action:') && !id.includes('#')).length !== 1) {
    fail(`the filter shows more than one action: ${ids.filter(id => id.startsWith('action:'))}`);
}
await page.screenshot({ path: join(out, 'large-filtered.png') });
await browser.close();
if (problems.length > 0) {
    fail('the page reported errors');
}
console.log('done');
