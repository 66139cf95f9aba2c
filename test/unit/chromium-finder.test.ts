import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { findChromium } from '../support/chromium.js';

/** A folder holding an executable file of the given name, standing in for an installed browser. */
function fakeBin(name: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-chrome-'));
    const file = path.join(dir, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return dir;
}

describe('Chromium finder (test/support/chromium.ts)', () => {
    it('takes CHROME_PATH first, and refuses one that does not exist', async () => {
        const dir = fakeBin('my-chrome');
        const found = await findChromium({ CHROME_PATH: path.join(dir, 'my-chrome'), PATH: fakeBin('chromium') });
        assert.deepEqual(found, { executablePath: path.join(dir, 'my-chrome'), source: 'CHROME_PATH' });
        await assert.rejects(findChromium({ CHROME_PATH: path.join(dir, 'nope') }), /CHROME_PATH=.*nope: no executable file there/);
    });

    it('finds chromium, chromium-browser or google-chrome on PATH, skipping folders and non-executables', async () => {
        const notExecutable = mkdtempSync(path.join(tmpdir(), 'sop-chrome-'));
        writeFileSync(path.join(notExecutable, 'chromium'), '');
        mkdirSync(path.join(notExecutable, 'chromium-browser'));
        const chrome = fakeBin('google-chrome');
        const found = await findChromium({ PATH: [notExecutable, chrome].join(path.delimiter) });
        assert.deepEqual(found, { executablePath: path.join(chrome, 'google-chrome'), source: 'system' });
    });

    it('with SOP_NO_SYSTEM_CHROME=1 passes over the system and unpacks the npm-shipped Chromium', async function () {
        this.timeout(120000);
        const found = await findChromium({ PATH: fakeBin('chromium'), SOP_NO_SYSTEM_CHROME: '1' });
        assert.equal(found?.source, '@sparticuz/chromium');
        assert.match(found!.executablePath, /node_modules\/\.cache\/sop-chromium\/[\d.]+\/chromium$/);
    });
});
