import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { STYLE } from '../../server/src/render/render-style.js';
import { createTestServices } from '../support/sop-test-services.js';

/** Issue 9: a branch label ("Ya", "Tidak") never sits on a table rule. */
const { model } = createTestServices();
const files = [
    ...readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => path.join('examples', f)),
    ...readdirSync('test/fixtures/real-patterns').filter(f => f.endsWith('.sop')).map(f => path.join('test/fixtures/real-patterns', f)),
];

describe('renderer: branch labels clear the table rules', () => {
    it('no label box crosses a row rule, on every example and real-pattern fixture', async () => {
        const found: string[] = [];
        const size = STYLE.labelFont.size;
        for (const file of files) {
            const rendered = renderSop(await model(readFileSync(file, 'utf8')));
            rendered.pages.forEach((page, i) => {
                const table = rendered.layout.pages[i].table;
                if (!table) return;
                for (const m of page.svg.matchAll(/<text class="sop-branch-label" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</g)) {
                    const y = Number(m[2]);
                    const rule = table.rowRules.find(r => r > y - size * 0.9 && r < y + size * 0.2);
                    if (rule !== undefined) found.push(`${path.basename(file)} page ${page.number}: "${m[3]}" at y=${y} on the rule y=${rule}`);
                }
            });
        }
        assert.deepEqual(found, []);
    });
});
