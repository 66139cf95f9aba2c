import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import type { Browser } from 'playwright-core';
import { writeHtml } from '../../server/src/export/html-export.js';
import { renderSop } from '../../server/src/render/index.js';
import { launchOrSkip } from '../support/chromium.js';
import { createTestServices } from '../support/sop-test-services.js';

/** The HTML export printed by a real browser: one sheet per page, on the SOP's paper, landscape. */
describe('HTML export printed from headless Chromium', function () {
    this.timeout(120_000);
    let browser: Browser;
    const services = createTestServices();

    // The shared finder: CHROME_PATH, the system, or the Chromium shipped in @sparticuz/chromium.
    before(async function () {
        browser = await launchOrSkip(this);
    });
    after(async () => {
        await browser?.close();
    });

    it('prints as many landscape sheets as the document has pages, with the kegiatan text', async function () {
        const model = await services.model(readFileSync('examples/surat-masuk.sop', 'utf8'));
        const rendered = renderSop(model);
        const page = await browser.newPage();
        await page.setContent(writeHtml(rendered, model.title));
        // Print CSS: the @page size decides the sheet; preferCSSPageSize follows it.
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        await page.close();
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'sop-html-print-')), 'print.pdf');
        writeFileSync(file, pdf);
        if (spawnSync('sh', ['-c', 'command -v pdfinfo']).status !== 0) this.skip();
        const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
        assert.match(info, new RegExp(`Pages:\\s+${rendered.pages.length}\\n`));
        const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
        assert.equal(Math.round(Number(w)), Math.round(297 / 25.4 * 72));
        assert.equal(Math.round(Number(h)), Math.round(210 / 25.4 * 72));
        const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
        for (const step of model.steps) assert.ok(text.includes(step.activity.replace(/\s+/g, '').slice(0, 20)), `kegiatan ${step.number}`);
    });
});
