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
