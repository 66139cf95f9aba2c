import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { URI } from 'langium';
import { createTestServices, SMALL_SOP } from '../support/sop-test-services.js';
import { groupNip, longDateId } from '../../server/src/model/dates.js';

const { model, validate, shared, Sop } = createTestServices();

describe('model builder', () => {
    it('numbers steps, maps kinds and actors', async () => {
        const m = await model(SMALL_SOP);
        assert.deepEqual(m.steps.map(s => [s.number, s.id, s.kind, s.actor]), [
            [1, 'terima', 'terminator', 'admin'],
            [2, 'periksa', 'decision', 'kasubbag'],
            [3, 'catat', 'process', 'admin'],
            [4, 'arsip', 'terminator', 'admin'],
        ]);
        assert.deepEqual(m.steps[2].coActors, ['kasubbag']);
        assert.deepEqual(m.actors.map(a => [a.id, a.label, a.index]), [['admin', 'Pengadministrasi Umum', 0], ['kasubbag', 'Kasubbag Umum', 1]]);
    });

    it('resolves edges: implicit next row, decision branches with labels, end', async () => {
        const m = await model(SMALL_SOP);
        assert.deepEqual(m.edges.map(e => [e.from, e.to, e.kind, e.label ?? null, e.implicit]), [
            [1, 2, 'next', null, true],
            [2, 3, 'yes', 'Lengkap', false],
            [2, 1, 'no', 'Tidak', false],
            [3, 4, 'next', null, true],
        ]);
        assert.deepEqual(m.steps.map(s => s.isEnd), [false, false, false, true]);
    });

    it('explicit next and selesai override row order; a later terminator ends its branch', async () => {
        const m = await model(`sop e "E" pelaksana a "A"
            kapsul s1 "Memulai" oleh a
            langkah s2 "Mengerjakan" oleh a lanjut ke s4
            kapsul s3 "Mengakhiri cabang" oleh a
            langkah s4 "Menyelesaikan" oleh a selesai
            kapsul s5 "Mengakhiri" oleh a`);
        assert.deepEqual(m.edges.map(e => [e.from, e.to]), [[1, 2], [2, 4]]);
        assert.deepEqual(m.steps.map(s => s.isEnd), [false, false, true, true, true]);
    });

    it('builds identity with Indonesian long dates and digits-only NIP', async () => {
        const m = await model(SMALL_SOP);
        assert.equal(m.identity.createdOn?.display, '3 Februari 2025');
        assert.equal(m.identity.createdOn?.iso, '2025-02-03');
        assert.equal(m.identity.effectiveOn?.iso, '2025-02-10');
        assert.equal(m.identity.revisedOn?.display, '-');
        assert.equal(m.identity.approver?.nip, '197503122001121002');
        assert.deepEqual(m.identity.institution, ['PEMERINTAH KABUPATEN SUKAMAJU', 'DINAS CONTOH']);
        assert.equal(m.status, 'draft');
        assert.equal(m.paper, 'A4');
        assert.equal(m.language, 'id');
    });

    it('normalises durations', async () => {
        const m = await model(SMALL_SOP);
        assert.deepEqual(m.steps[0].quality.duration && { ...m.steps[0].quality.duration, range: undefined },
            { kind: 'exact', min: 5, max: 5, unit: 'minute', unitText: 'menit', display: '5 menit', range: undefined });
        const range = m.steps[2].quality.duration;
        assert.equal(range?.kind, 'range');
        assert.equal(range?.unit, 'workday');
        assert.equal(range?.display, '1-2 hari kerja');
        assert.equal(m.steps[3].quality.duration?.kind, 'none');
        const bounded = (await model('sop d "D" pelaksana a "A" kapsul s "Memulai" oleh a waktu paling lama 3 hari')).steps[0].quality.duration;
        assert.equal(bounded?.kind, 'max');
        assert.equal(bounded?.max, 3);
        assert.equal(bounded?.display, 'maksimal 3 hari');
        const times = (await model('sop d "D" pelaksana a "A" kapsul s "Memulai" oleh a waktu 1 x 24 jam')).steps[0].quality.duration;
        assert.equal(times?.min, 24);
        assert.equal(times?.unit, 'hour');
    });

    it('detects an English document', async () => {
        const m = await model('procedure p "P" actor a "A" terminator s "Starting" by a time 5 minutes');
        assert.equal(m.language, 'en');
        assert.equal(m.steps[0].quality.duration?.display, '5 menit');
    });

    it('is plain data: no AST nodes, class instances or functions inside', async () => {
        const m = await model(SMALL_SOP);
        const walk = (value: unknown, at: string): void => {
            if (value === null || typeof value !== 'object') {
                assert.notEqual(typeof value, 'function', at);
                return;
            }
            const proto = Object.getPrototypeOf(value);
            assert.ok(proto === Object.prototype || proto === Array.prototype, `${at} is a ${proto?.constructor?.name}`);
            for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
        };
        walk(m, 'model');
    });

    it('formats dates and NIP', () => {
        assert.equal(longDateId('2025-12-01'), '1 Desember 2025');
        assert.equal(groupNip('197503122001121002'), '19750312 200112 1 002');
        assert.equal(groupNip('123'), '123');
    });

    it('is built once per linked AST and rebuilt when a relink changes what references resolve to', async () => {
        await validate('sop lain "SOP LAIN"', 'file:///ws-model/lain.sop');
        const doc = await validate('sop utama "UTAMA" keterkaitan lain', 'file:///ws-model/utama.sop');
        const first = Sop.model.ModelBuilder.build(doc);
        assert.equal(first.identity.relatedSops[0].uri, 'file:///ws-model/lain.sop');
        assert.equal(Sop.model.ModelBuilder.build(doc), first, 'shared, not rebuilt');
        await shared.workspace.DocumentBuilder.update([], [URI.parse('file:///ws-model/lain.sop')]);
        const after = Sop.model.ModelBuilder.build(doc);
        assert.notEqual(after, first);
        assert.equal(after.identity.relatedSops[0].uri, undefined);
    });
});
