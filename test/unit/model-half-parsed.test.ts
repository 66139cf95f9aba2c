import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { createTestServices } from '../support/sop-test-services.js';

const HEAD = 'sop s "S"\npelaksana a "A"\n';

// Issue 11 item 13: a date or a waktu cut mid-way printed `10 undefined undefined`. Half-parsed
// values print as written, or as `-`.
describe('model of half-parsed dates and durations', () => {
    const { model } = createTestServices();

    const dates: Array<[string, string]> = [
        ['tanggal pembuatan 10', '10'],
        ['tanggal pembuatan 10 Februari', '10 Februari'],
        ['tanggal pembuatan 10 Februari 2025', '10 Februari 2025'],
        ['tanggal pembuatan', '-'],
    ];
    for (const [clause, shown] of dates) {
        it(`shows "${clause}" as "${shown}"`, async () => {
            const doc = await model(`${HEAD}${clause}\n`);
            assert.equal(doc.identity.createdOn?.display, shown);
        });
    }

    const durations: Array<[string, string]> = [
        ['waktu 5', '5'],
        ['waktu 5 -', '5'],
        ['waktu 1 x', '1'],
        ['waktu maksimal', '-'],
        ['waktu 5 sampai', '5'],
        ['waktu 5 menit', '5 menit'],
    ];
    for (const [clause, shown] of durations) {
        it(`shows "${clause}" as "${shown}"`, async () => {
            const doc = await model(`${HEAD}kapsul k "Mulai" oleh a\n    ${clause}\n`);
            const display = doc.steps[0].quality.duration?.display;
            assert.equal(display, shown);
        });
    }
});

// Found by the 100,000-input fuzz run (iteration 715): `kelompok pelaksana "…"` typed where a list
// item was meant parses as an actor group with neither a name nor a label, and the renderer threw
// on its heading. Nameless groups and actors show `-`, and the document renders.
describe('model of nameless actor groups and actors', () => {
    const { model } = createTestServices();

    it('shows a group with neither name nor label as "-" and renders it', async () => {
        const doc = await model('sop s "S"\nkelompok\npelaksana a "A"\nkapsul k "Mulai" oleh a\n');
        for (const group of doc.actorGroups ?? []) assert.equal(typeof group.label, 'string');
        const { renderSop } = await import('../../server/src/render/index.js');
        assert.ok(renderSop(doc).pages.length > 0);
    });

    it('shows an actor with neither name nor label as "-"', async () => {
        const doc = await model('sop s "S"\npelaksana\nkapsul k "Mulai" oleh a\n');
        for (const actor of doc.actors) assert.equal(typeof actor.label, 'string');
    });
});
