// The TextMate grammar on the example files, tokenized as VS Code does (vscode-textmate with the
// Oniguruma WebAssembly): every keyword, enum literal and role letter of the language gets its scope
// outside strings and comments, and every string, date, number and comment gets its own. Writes
// target/tokens.html, the examples coloured by scope. Exits 1 on the first wrong token class.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { vocabulary } from '../grammar.mjs';

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
await oniguruma.loadWASM(wasm);
const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync('syntaxes/coop.tmLanguage.json', 'utf8'), 'coop.tmLanguage.json')
});
const grammar = await registry.loadGrammar('source.coop');
const words = vocabulary(readFileSync('../../bundles/org.maillage.dsl/src/org/maillage/dsl/Coop.xtext', 'utf8'));
// A word may be of several classes (a keyword that is also an enum literal): any of its scopes will do.
const expected = new Map();
for (const [list, scope] of [[words.declarations, 'storage.type.coop'], [words.keywords, 'keyword.other.coop'],
        [words.constants, 'constant.language.coop'], [words.roles, 'constant.language.role.coop']]) {
    list.forEach(w => expected.set(w, [...(expected.get(w) ?? []), scope]));
}

const folder = '../../examples/monts-ardeche';
const failures = [];
const seen = new Map();
let html = '';
for (const name of readdirSync(folder).filter(f => f.endsWith('.coop')).sort()) {
    let state = vsctm.INITIAL;
    html += `<h2>${name}</h2><pre>`;
    readFileSync(join(folder, name), 'utf8').split('\n').forEach((line, index) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        for (const token of result.tokens) {
            const text = line.slice(token.startIndex, token.endIndex);
            const scopes = token.scopes.join(' ');
            const where = `${name}:${index + 1}:${token.startIndex + 1} '${text}' (${scopes})`;
            const inText = /comment|string/.test(scopes);
            const classes = expected.get(text);
            if (!inText && classes) {
                if (!classes.some(scope => token.scopes.includes(scope))) failures.push(`${where}: expected ${classes.join(' or ')}`);
                seen.set(text, (seen.get(text) ?? 0) + 1);
            }
            if (!inText && /^\d{4}-\d{2}-\d{2}$/.test(text) && !scopes.includes('constant.numeric.date')) failures.push(`${where}: a date`);
            if (!inText && /^\d+(\.\d+)?$/.test(text) && !scopes.includes('constant.numeric')) failures.push(`${where}: a number`);
            if (/^\s*\/\//.test(line) && token.startIndex >= line.indexOf('//') && !scopes.includes('comment')) failures.push(`${where}: a comment`);
            const cls = token.scopes[token.scopes.length - 1].replace(/\./g, ' ');
            html += `<span class="${cls}">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span>`;
        }
        for (const m of line.matchAll(/"(?:\\.|[^"\\])*"/g)) {
            const inside = result.tokens.find(t => t.startIndex <= m.index + 1 && m.index + 1 < t.endIndex);
            if (!line.trimStart().startsWith('//') && !inside?.scopes.some(s => s.startsWith('string') || s.startsWith('comment'))) {
                failures.push(`${name}:${index + 1}:${m.index + 1} ${m[0]}: a string`);
            }
        }
        html += '\n';
    });
    html += '</pre>';
}
mkdirSync('target', { recursive: true });
writeFileSync('target/tokens.html', `<!doctype html><meta charset="utf-8"><title>.coop colours</title><style>
body{font-family:sans-serif}pre{background:#fbfbf8;padding:1em;font-size:13px}
.comment{color:#6a737d;font-style:italic}.string{color:#0a7d32}.storage{color:#7b1fa2;font-weight:bold}
.keyword{color:#0d47a1;font-weight:bold}.constant.language{color:#b35c00}.role{color:#c62828;font-weight:bold}
.numeric{color:#00838f}.entity{color:#1565c0;text-decoration:underline}.variable{color:#263238}</style>${html}`);
if (failures.length) {
    console.error(`[vscode] grammar test: ${failures.length} wrong tokens\n` + failures.slice(0, 20).join('\n'));
    process.exit(1);
}
console.log(`[vscode] grammar test: ${[...seen.values()].reduce((a, b) => a + b, 0)} keyword tokens (${seen.size} words) in their scopes, target/tokens.html`);
