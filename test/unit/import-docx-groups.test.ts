import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { importDocument } from '../../server/src/import/import-document.js';
import { makeGroupDocx, type GroupSpec } from '../support/docx-group-fixture.js';
import { createTestServices } from '../support/sop-test-services.js';

/**
 * Word flowcharts drawn on a canvas or as a group over the whole table (issue 14): every shape is
 * placed through the group transforms into its own row and actor cell, connectors keep the ends
 * Word recorded, labels beside the decision go to its exits.
 */
const SPEC: GroupSpec = {
    actors: ['Pemohon', 'Petugas Loket', 'Kepala Seksi'],
    rows: [
        { activity: 'Mengajukan permohonan', symbols: [{ actor: 0, kind: 'terminator' }] },
        { activity: 'Menerima dan mencatat berkas', symbols: [{ actor: 1, kind: 'process' }] },
        { activity: 'Memeriksa kelengkapan', symbols: [{ actor: 2, kind: 'decision', text: 'Lengkap?' }] },
        { activity: 'Menyerahkan izin', symbols: [{ actor: 1, kind: 'process' }, { actor: 0, kind: 'terminator' }] },
    ],
    arrows: [
        { from: [0, 0], to: [1, 0] },
        { from: [1, 0], to: [2, 0] },
        { from: [2, 0], to: [3, 0], label: 'Ya' },
        { from: [2, 0], to: [1, 0], label: 'Tidak' },
        { from: [3, 0], to: [3, 1] },
    ],
};
const { validate, Sop } = createTestServices();

for (const container of ['group', 'canvas'] as const) {
    describe(`sop import: a Word flowchart drawn as one ${container}`, () => {
        it('places every shape in its row and actor cell and keeps the arrows with their labels', async () => {
            const { draft, text } = await importDocument(makeGroupDocx(SPEC, container));
            assert.deepEqual(draft.rows.map(r => r.symbols.map(s => `${s.actor}:${s.kind}`).sort()),
                SPEC.rows.map(r => r.symbols.map(s => `${s.actor}:${s.kind}`).sort()), text);
            const key = (rows: Array<{ symbols: Array<{ actor: number }> }>, a: { from: [number, number]; to: [number, number]; label?: string }) =>
                `${a.from[0]}.${rows[a.from[0]].symbols[a.from[1]].actor}>${a.to[0]}.${rows[a.to[0]].symbols[a.to[1]].actor} ${a.label ?? ''}`;
            assert.deepEqual(draft.arrows.map(a => key(draft.rows, a)).sort(), SPEC.arrows.map(a => key(SPEC.rows, a)).sort(), text);
            assert.equal(draft.rows[2].symbols[0].text, 'Lengkap?');
            const doc = await validate(text);
            assert.deepEqual(doc.parseResult.parserErrors, []);
            const model = Sop.model.ModelBuilder.build(doc);
            assert.equal(model.edges.filter(e => !e.implicit).length, SPEC.arrows.length, text);
        });
    });
}
