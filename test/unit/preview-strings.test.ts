import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { PREVIEW_STRINGS_EN } from '../../server/src/protocol/webview-protocol.js';

describe('preview strings', () => {
    it('every English text of the webview has an Indonesian translation in the l10n bundle', () => {
        const id = JSON.parse(readFileSync('l10n/bundle.l10n.id.json', 'utf8')) as Record<string, string>;
        const missing = Object.values(PREVIEW_STRINGS_EN).filter(text => !id[text]);
        assert.deepEqual(missing, []);
    });
});
