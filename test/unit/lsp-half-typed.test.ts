import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { FuzzPipeline } from '../fuzz/fuzz-pipeline.js';
import { prng } from '../support/prng.js';

// Issue 11 item 5: editor requests failed on half-typed text (semantic tokens on a branch without
// its target, hover on an actor without its label). Every feature must answer on every prefix.
describe('editor features on half-typed text', () => {
    const pipeline = new FuzzPipeline();

    async function assertAnswers(text: string, label: string): Promise<void> {
        const result = await pipeline.run({ text, steps: [] }, prng(1), { render: false, positions: 'end' });
        assert.deepEqual(result.failures.map(f => `${f.stage}: ${f.message.split('\n')[0]}`), [], label);
    }

    it('highlights a branch whose target is not typed yet', async () => {
        await assertAnswers('sop s "S"\npelaksana a "A"\nkeputusan k "Cek" oleh a\n    ya', 'ya');
        await assertAnswers('sop s "S"\npelaksana a "A"\nkeputusan k "Cek" oleh a\n    tidak ke', 'tidak ke');
    });

    it('hovers an actor without its label and a step without its kegiatan', async () => {
        const text = 'sop s "S"\npelaksana kadis\nlangkah l oleh kadis\n';
        const { Sop } = pipeline.services;
        for (const [line, character] of [[1, 12], [2, 10], [2, 17]]) {
            await assertAnswers(text, `hover at ${line}:${character}`);
            const result = await pipeline.run({ text, steps: [] }, prng(1), { render: false, positions: [{ line, character }] });
            assert.deepEqual(result.failures, []);
        }
        assert.ok(Sop);
    });

    const sources = readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => path.join('examples', f));
    for (const file of sources) {
        it(`answers on every 31st prefix of ${path.basename(file)}`, async function () {
            this.timeout(120_000);
            const text = readFileSync(file, 'utf8');
            for (let end = 0; end <= text.length; end += 31) await assertAnswers(text.slice(0, end), `${file}[0..${end}]`);
        });
    }
});
