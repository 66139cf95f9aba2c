/**
 * Every string the extension shows through `vscode.l10n.t` has its Indonesian text in
 * l10n/bundle.l10n.id.json (a missing key silently shows English to an Indonesian user), and the
 * bundle carries no key the code no longer uses.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { PREVIEW_STRINGS_EN } from '../../server/src/protocol/webview-protocol.js';

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** The first argument of each `l10n.t('…')` call: a plain string literal (the code uses no templates there). */
function keys(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map(m => m[2].replace(/\\(['"\\])/g, '$1'));
}

describe('the Indonesian bundle of the extension', () => {
    const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.id.json', 'utf8')) as Record<string, string>;
    const used = new Set([...sources('client/src').flatMap(keys), ...Object.values(PREVIEW_STRINGS_EN)]);

    it('translates every string the extension shows', () => {
        assert.ok(used.size > 30, `found ${used.size} strings: the scan still works`);
        assert.deepEqual([...used].filter(k => !(k in bundle)), []);
    });

    it('keeps no key the code no longer uses', () => {
        assert.deepEqual(Object.keys(bundle).filter(k => !used.has(k)), []);
    });
});
