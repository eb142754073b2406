// Builds the web client into web/: installs the locked npm packages when they changed, then bundles
// src/main.ts (and its CSS) with esbuild. Run by the Maven build (see pom.xml) with the machine's node.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs
        || readFileSync(installed, 'utf8').length === 0) {
    console.log('[client] npm ci');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
}
const esbuild = await import('esbuild');
rmSync('web', { recursive: true, force: true });
mkdirSync('web', { recursive: true });
cpSync('static', 'web', { recursive: true });
const started = Date.now();
const result = await esbuild.build({
    entryPoints: { bundle: 'src/main.ts' },
    bundle: true,
    outdir: 'web',
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'safari15'],
    minify: true,
    metafile: true,
    legalComments: 'linked',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning'
});
const sizes = Object.entries(result.metafile.outputs).map(([file, out]) => `${file} ${Math.round(out.bytes / 1024)} KB`);
console.log(`[client] ${sizes.join(', ')} in ${Date.now() - started} ms`);
