// Who may open the diagram session, tried from headless Chromium (the machine's /usr/bin/chromium):
// the diagram server's own page may; a page of another origin may not, even holding the session
// token — another port of the loopback (a page this script serves), the same server named
// "localhost", and a DNS-rebound name (rebind.test, resolved to 127.0.0.1 by Chromium's
// --host-resolver-rules), whose pages the server does not even serve.
// Prints one line per case, "CASE open|refused|http STATUS"; exits 1 when a case is not as expected.
// Usage: node e2e/foreign-origin.mjs PORT TOKEN
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [port, token] = process.argv.slice(2);
const socket = host => `ws://${host}:${port}/glsp?token=${encodeURIComponent(token)}`;

// A page of another origin on the loopback: another port of 127.0.0.1.
const foreign = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>ailleurs</title><p>Une autre page</p>');
});
await new Promise(resolve => foreign.listen(0, '127.0.0.1', resolve));
const foreignPort = foreign.address().port;

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP rebind.test 127.0.0.1'];
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'maillage-e2e-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args
});
const page = browser.pages()[0];

/** Opens PAGE, then from it the diagram socket at SOCKET: "open" or "refused". */
async function tryFrom(pageUrl, socketUrl) {
    const response = await page.goto(pageUrl);
    const result = await page.evaluate(url => new Promise(resolve => {
        const ws = new WebSocket(url);
        ws.onopen = () => { ws.close(); resolve('open'); };
        ws.onerror = () => resolve('refused');
        ws.onclose = () => resolve('refused');
    }), socketUrl);
    return { status: response.status(), result };
}

const cases = [
    ['own-page', `http://127.0.0.1:${port}/e2e-blank`, socket('127.0.0.1'), 'open'],
    ['other-port', `http://127.0.0.1:${foreignPort}/`, socket('127.0.0.1'), 'refused'],
    ['localhost', `http://localhost:${port}/e2e-blank`, socket('127.0.0.1'), 'refused'],
    ['localhost-socket', `http://localhost:${port}/e2e-blank`, socket('localhost'), 'refused'],
    ['rebound', `http://rebind.test:${port}/index.html`, socket('rebind.test'), 'refused'],
];
let failed = false;
for (const [name, pageUrl, socketUrl, expected] of cases) {
    const { status, result } = await tryFrom(pageUrl, socketUrl);
    console.log(`${name} ${result} http ${status}`);
    if (result !== expected) {
        console.error(`FAIL ${name}: the socket was ${result}, expected ${expected}`);
        failed = true;
    }
    if (name === 'rebound' && status !== 403) {
        console.error(`FAIL ${name}: the page was served (http ${status}) to a name that is not the loopback`);
        failed = true;
    }
}
await browser.close();
foreign.close();
process.exit(failed ? 1 : 0);
