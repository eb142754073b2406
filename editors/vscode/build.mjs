// Builds the VS Code extension into target/: the TextMate grammar from Coop.xtext (grammar.mjs), the
// client bundled with esbuild, the grammar test on the examples (test/grammar-test.mjs), then the
// .vsix with vsce. Run by the Maven build (see pom.xml) with the machine's node; npm ci runs when the
// committed lockfile changed. node_modules/, out/, syntaxes/ and target/ are never committed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { grammarOf } from './grammar.mjs';

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs
        || readFileSync(installed, 'utf8').length === 0) {
    console.log('[vscode] npm ci');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
}
mkdirSync('syntaxes', { recursive: true });
writeFileSync('syntaxes/coop.tmLanguage.json',
    JSON.stringify(grammarOf('../../bundles/org.maillage.dsl/src/org/maillage/dsl/Coop.xtext'), null, 2) + '\n');
const esbuild = await import('esbuild');
rmSync('out', { recursive: true, force: true });
await esbuild.build({
    entryPoints: ['src/extension.ts'], bundle: true, outfile: 'out/extension.js', format: 'cjs',
    platform: 'node', target: 'node18', external: ['vscode'], minify: true, logLevel: 'warning'
});
execFileSync('node', ['test/grammar-test.mjs'], { stdio: 'inherit' });
mkdirSync('target', { recursive: true });
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
execFileSync('node', ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--allow-missing-repository',
    '--skip-license', '-o', `target/maillage-coop-${version}.vsix`], { stdio: 'inherit' });
