// The TextMate grammar of .coop, derived from the Xtext grammar (Coop.xtext) at each build, so that
// a new keyword or enum literal is coloured without a list to update by hand.
//   keywords that start a declaration (the first keyword of a parser rule) -> storage.type.coop
//   the other keywords                                                      -> keyword.other.coop
//   enum literals (kinds, levels, funding sources)                          -> constant.language.coop
//   the literals of the Role enum (R, A, S, C, I)                           -> constant.language.role.coop
import { readFileSync } from 'node:fs';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The text of the grammar without its comments (strings kept). */
function withoutComments(text) {
    return text.replace(/('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m, literal) => literal ?? ' ');
}

/** The rules of the grammar: { name, enum, body }. */
export function rules(xtext) {
    const text = withoutComments(xtext);
    const start = text.search(/^(?:enum\s+|terminal\s+)?[A-Za-z_]\w*(?:\s+returns\s+[\w:]+)?\s*:/m);
    const found = [];
    const rule = /^(enum\s+|terminal\s+)?([A-Za-z_]\w*)(?:\s+returns\s+[\w:]+)?\s*:([\s\S]*?);\s*$/gm;
    for (const m of text.slice(start).matchAll(rule)) {
        found.push({ name: m[2], kind: (m[1] ?? '').trim() || 'parser', body: m[3] });
    }
    return found;
}

/** Keywords and literals of the grammar, by class. */
export function vocabulary(xtext) {
    const declarations = new Set(), named = new Set(), keywords = new Set(), constants = new Set(), roles = new Set();
    for (const rule of rules(xtext)) {
        if (rule.kind === 'enum') {
            for (const literal of rule.body.split('|')) {
                const m = literal.trim().match(/^([A-Za-z_]\w*)(?:\s*=\s*['"]([^'"]+)['"])?$/);
                if (m) (rule.name === 'Role' ? roles : constants).add(m[2] ?? m[1]);
            }
        } else if (rule.kind === 'parser') {
            const quoted = [...rule.body.matchAll(/'([^']*)'/g)].map(m => m[1]).filter(k => IDENTIFIER.test(k));
            const first = rule.body.trim().match(/^'([^']*)'/);
            if (first && IDENTIFIER.test(first[1]) && !rule.name.endsWith('Stray')) declarations.add(first[1]);
            const naming = rule.body.trim().match(/^'([^']*)'\s+name\s*=\s*ID\b/);
            if (naming) named.add(naming[1]);
            quoted.forEach(k => keywords.add(k));
        }
    }
    for (const set of [declarations, constants, roles]) set.forEach(k => keywords.delete(k));
    return { declarations: [...declarations].sort(), named: [...named].sort(), keywords: [...keywords].sort(), constants: [...constants].sort(), roles: [...roles].sort() };
}

const words = list => `\\b(?:${list.join('|')})\\b`;

/** The TextMate grammar (as an object) of a vocabulary. */
export function textMate(v) {
    return {
        $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
        name: 'Maillage',
        scopeName: 'source.coop',
        fileTypes: ['coop'],
        comment: 'Generated from Coop.xtext by editors/vscode/grammar.mjs at each build; do not edit.',
        patterns: [
            { include: '#comments' }, { include: '#strings' }, { include: '#names' },
            { name: 'storage.type.coop', match: words(v.declarations) },
            { name: 'constant.numeric.date.coop', match: '\\b\\d{4}-\\d{2}-\\d{2}\\b' },
            { name: 'constant.numeric.coop', match: '\\b\\d+(?:\\.\\d+)?\\b' },
            { name: 'keyword.other.coop', match: words(v.keywords) },
            { name: 'constant.language.role.coop', match: `(?<![\\w^])(?:${v.roles.join('|')})(?![\\w])` },
            { name: 'constant.language.coop', match: words(v.constants) },
            { name: 'variable.other.coop', match: '\\^?[A-Za-z][A-Za-z0-9_]*' },
            { name: 'punctuation.separator.coop', match: '[:,/]' }
        ],
        repository: {
            comments: {
                patterns: [
                    { name: 'comment.block.coop', begin: '/\\*', end: '\\*/' },
                    { name: 'comment.line.double-slash.coop', match: '//.*$' }
                ]
            },
            strings: {
                name: 'string.quoted.double.coop', begin: '"', end: '"',
                patterns: [{ name: 'constant.character.escape.coop', match: '\\\\["\\\\]' }]
            },
            names: {
                match: `\\b(${v.named.join('|')})\\s+(\\^?[A-Za-z][A-Za-z0-9_]*)`,
                captures: { 1: { name: 'storage.type.coop' }, 2: { name: 'entity.name.type.coop' } }
            }
        }
    };
}

export function grammarOf(xtextPath) {
    return textMate(vocabulary(readFileSync(xtextPath, 'utf8')));
}
