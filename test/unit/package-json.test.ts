import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { Commands, ConfigKeys, LANGUAGE_ID } from '../../client/src/commands.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package.json contributions', () => {
    it('declares exactly the commands of client/src/commands.ts', () => {
        const declared = (pkg.contributes.commands ?? []).map((c: { command: string }) => c.command).sort();
        assert.deepEqual(declared, Object.values(Commands).sort());
    });

    it('declares exactly the configuration keys of client/src/commands.ts', () => {
        const properties = pkg.contributes.configuration?.properties ?? {};
        assert.deepEqual(Object.keys(properties).sort(), Object.values(ConfigKeys).map(k => `sop.${k}`).sort());
    });

    it('declares the language id of client/src/commands.ts', () => {
        assert.deepEqual((pkg.contributes.languages ?? []).map((l: { id: string }) => l.id), [LANGUAGE_ID]);
    });

    it('every command title is localised in English and Indonesian', () => {
        const en = JSON.parse(readFileSync('package.nls.json', 'utf8'));
        const id = JSON.parse(readFileSync('package.nls.id.json', 'utf8'));
        const keys = JSON.stringify(pkg.contributes).match(/%[\w.-]+%/g) ?? [];
        for (const key of keys) {
            const name = key.slice(1, -1);
            assert.ok(en[name], `package.nls.json lacks ${name}`);
            assert.ok(id[name], `package.nls.id.json lacks ${name}`);
        }
    });
});
