import assert from 'node:assert/strict';
import { testCodeAction } from 'langium/test';
import { describe, it } from 'mocha';
import { createTestServices, errorsOf } from '../support/sop-test-services.js';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { cleanWith, edit } from '../fixtures/clean-sop.js';

/**
 * The single-valued clauses (`oleh`, `pertanyaan`, `waktu`, `output`, the approver's items) are
 * lists in the grammar so that a repeated one parses without a generator warning. The last one
 * written counts (as when the grammar overwrote the property); the earlier ones are reported and
 * a quick fix removes them.
 */
const { Sop, validate, model } = createTestServices();
const fix = testCodeAction(Sop);

const PERIKSA = 'keputusan periksa "Memeriksa surat" oleh kasubbag\n    kelengkapan "Surat diterima"\n    waktu 10 menit\n    output "Surat diperiksa"\n';
/** The clean SOP with the `periksa` step's clauses replaced by `clauses` (after its header line). */
const periksaWith = (header: string, clauses: string) => cleanWith([PERIKSA, `${header}\n${clauses}`]);

const duplicatedClauses: Array<{ name: string; input: string; fixed?: string }> = [
    { name: 'oleh', input: periksaWith('keputusan periksa "Memeriksa surat" oleh admin', '    oleh kasubbag\n    kelengkapan "Surat diterima"\n    waktu 10 menit\n    output "Surat diperiksa"\n'),
        fixed: cleanWith(['periksa "Memeriksa surat" oleh kasubbag', 'periksa "Memeriksa surat"\n    oleh kasubbag']) },
    { name: 'pertanyaan', input: periksaWith('keputusan periksa "Memeriksa surat" oleh kasubbag', '    pertanyaan "Lengkap?"\n    kelengkapan "Surat diterima"\n    pertanyaan "Sesuai?"\n    waktu 10 menit\n    output "Surat diperiksa"\n'),
        fixed: cleanWith(['    kelengkapan "Surat diterima"\n    waktu 10 menit', '    kelengkapan "Surat diterima"\n    pertanyaan "Sesuai?"\n    waktu 10 menit']) },
    { name: 'waktu', input: periksaWith('keputusan periksa "Memeriksa surat" oleh kasubbag', '    kelengkapan "Surat diterima"\n    waktu 2 jam\n    waktu 10 menit\n    output "Surat diperiksa"\n') },
    { name: 'output', input: periksaWith('keputusan periksa "Memeriksa surat" oleh kasubbag', '    kelengkapan "Surat diterima"\n    waktu 10 menit\n    output "Surat", "diperiksa"\n    output "Surat diperiksa"\n') },
];

describe('single-valued clauses written twice', () => {
    it('keep the last one written (step clauses)', async () => {
        const doc = await model(periksaWith('keputusan periksa "Memeriksa surat" oleh admin',
            '    oleh kasubbag\n    pertanyaan "Lengkap?"\n    kelengkapan "Surat diterima"\n    waktu 2 jam\n    pertanyaan "Sesuai?"\n'
            + '    waktu 10 menit\n    output "Surat"\n    output "Surat diperiksa"\n    halaman baru\n    halaman baru\n'));
        const step = doc.steps[1];
        assert.equal(step.actor, 'kasubbag');
        assert.equal(step.question, 'Sesuai?');
        assert.equal(step.quality.duration?.display, '10 menit');
        assert.equal(step.quality.output, 'Surat diperiksa');
        assert.equal(step.pageBreakBefore, true);
    });

    it('keep the last one written (approver items)', async () => {
        const doc = await model(cleanWith(['    jabatan "Kepala Dinas"\n', '    jabatan "Sekretaris"\n    pangkat "Pembina"\n    jabatan "Kepala Dinas"\n    tte\n    pangkat "Pembina Utama"\n    tte\n'],
            ['    nama "HENDRA WIJAYA"\n', '    nama "HENDRA"\n    nama "HENDRA WIJAYA"\n']));
        const approver = doc.identity.approver;
        assert.deepEqual([approver?.position, approver?.name, approver?.rank, approver?.electronic], ['Kepala Dinas', 'HENDRA WIJAYA', 'Pembina Utama', true]);
        assert.equal(approver?.nip, '197503122001121002');
    });

    for (const { name, input, fixed } of duplicatedClauses) {
        it(`reports the earlier \`${name}\` and removes it with a quick fix`, async () => {
            const doc = await validate(input);
            const repeated = (doc.diagnostics ?? []).filter(d => d.code === IssueCodes.DuplicateClause);
            assert.equal(repeated.length, 1, JSON.stringify(doc.diagnostics));
            const message = repeated[0].message;
            assert.match(typeof message === 'string' ? message : message.value, new RegExp(`"${name}"`));
            const result = await fix(input, IssueCodes.DuplicateClause, fixed ?? cleanWith());
            assert.match(result.action?.title ?? '', new RegExp(name));
        });
    }

    it('checks every NIP written (the last one counts), and groups the one the squiggle is on', async () => {
        const input = cleanWith(['    nip 19750312 200112 1 002\n', '    nip 19750312 200112 1 002\n    nip 197503122001121002\n']);
        const doc = await validate(input);
        assert.deepEqual((doc.diagnostics ?? []).filter(d => d.code === IssueCodes.NipNotGrouped).map(d => d.range.start.line), [11]);
        await fix(input, IssueCodes.NipNotGrouped, edit(input, ['    nip 197503122001121002\n', '    nip 19750312 200112 1 002\n']));
    });

    it('still parse when half typed', async () => {
        for (const tail of ['    oleh', '    oleh admin\n    oleh', '    waktu', '    output', '    output "a",', '    pertanyaan']) {
            const doc = await validate(periksaWith('keputusan periksa "Memeriksa surat" oleh kasubbag', `${tail}\n`));
            assert.ok(errorsOf(doc).length > 0, tail);
            assert.equal(doc.parseResult.value.steps.length, 3, tail);
            assert.doesNotThrow(() => Sop.model.ModelBuilder.build(doc), tail);
        }
    });
});
