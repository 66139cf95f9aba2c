import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import { Commands } from '../../client/src/commands.js';
import { newSopFromTitle } from '../../client/src/insights/sop-template.js';
import { SHOW_TIME_SUMMARY_COMMAND } from '../../server/src/language/lsp/sop-code-lens.js';
import { answerTimeSummary } from '../../server/src/requests/time-summary-handler.js';
import { formatTotal, mainPath, timeSummary } from '../../server/src/model/time-summary.js';
import { createTestServices, SMALL_SOP, withLocale } from '../support/sop-test-services.js';

const services = createTestServices();
const { Sop, shared } = services;

const FLOW = [
    'sop alur "ALUR"',
    'pelaksana a "Petugas A"',
    'pelaksana b "Petugas B"',
    'kapsul mulai "Mulai" oleh a waktu 30 menit',
    'keputusan cek "Cek" oleh b waktu 45 menit',
    '    ya ke proses',
    '    tidak ke tolak',
    'langkah tolak "Menolak" oleh a waktu 5 hari',
    '    selesai',
    'langkah proses "Memproses" oleh b waktu 2-3 hari kerja',
    'langkah kirim "Mengirim" oleh a waktu 1 minggu',
    'kapsul akhir "Selesai" oleh a waktu -',
].join('\n');

describe('insights', () => {
    after(() => { Sop.i18n.Messages.locale = 'id'; });

    it('follows the "Ya" path and explicit/implicit successors, stopping at loops', async () => {
        const sop = await services.model(FLOW);
        assert.deepEqual(mainPath(sop), { steps: [1, 2, 4, 5, 6], loops: false });
        const loop = await services.model('sop l "L"\npelaksana a "A"\nlangkah s1 "1" oleh a\nlangkah s2 "2" oleh a lanjut ke s1\n');
        assert.deepEqual(mainPath(loop), { steps: [1, 2], loops: true });
    });

    it('sums the main path per unit family, keeping hari kerja apart from calendar days', async () => {
        const summary = timeSummary(await services.model(FLOW));
        assert.deepEqual(summary.total.min, { clock: 75, workday: 2, day: 7 });
        assert.deepEqual(summary.total.max, { clock: 75, workday: 3, day: 7 });
        assert.deepEqual(summary.total.untimed, [6]);
        assert.equal(formatTotal(summary.total, 'id'), '1 jam 15 menit + 2 hari kerja – 3 hari kerja + 7 hari');
        assert.equal(formatTotal(summary.total, 'en'), '1 hour 15 minutes + 2 working days – 3 working days + 7 days');
    });

    it('totals per actor, on the main path and over all steps', async () => {
        const summary = timeSummary(await services.model(FLOW));
        const [a, b] = summary.perActor;
        assert.equal(a.label, 'Petugas A');
        assert.equal(formatTotal(a.mainPath, 'id'), '30 menit + 7 hari');
        assert.equal(formatTotal(a.allSteps, 'id'), '30 menit + 12 hari');
        assert.equal(formatTotal(b.mainPath, 'id'), '45 menit + 2 hari kerja – 3 hari kerja');
        assert.equal(a.steps, 4);
    });

    it('shows one code lens at the top with counts and the main-path time', async () => {
        const doc = await services.validate(FLOW);
        const lenses = await Sop.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } });
        assert.equal(lenses?.length, 1);
        const [lens] = lenses!;
        assert.equal(lens.range.start.line, 0);
        assert.equal(lens.command?.title, '6 kegiatan · 2 pelaksana · 1 keputusan · waktu jalur utama: 1 jam 15 menit + 2 hari kerja – 3 hari kerja + 7 hari (1 kegiatan tanpa waktu)');
        assert.equal(lens.command?.command, Commands.showTimeSummary);
        assert.deepEqual(lens.command?.arguments, [doc.uri.toString()]);
    });

    it('the code lens command is the client command id', () => {
        assert.equal(SHOW_TIME_SUMMARY_COMMAND, Commands.showTimeSummary);
    });

    it('shows each step\'s row number as an inlay hint after its name', async () => {
        const doc = await services.validate(SMALL_SOP);
        const hints = await Sop.lsp.InlayHintProvider!.getInlayHints(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
        });
        assert.deepEqual(hints?.map(h => h.label), ['No. 1', 'No. 2', 'No. 3', 'No. 4']);
        const line = doc.textDocument.getText().split('\n')[hints![1].position.line];
        assert.equal(line.slice(0, hints![1].position.character), 'keputusan periksa');
    });

    it('answers sop/timeSummary with totals worded in the server locale', async () => {
        const doc = await services.validate(FLOW);
        await withLocale(Sop.i18n.Messages, 'en', async () => {
            const result = await answerTimeSummary(shared, Sop, { uri: doc.uri.toString() });
            assert.equal(result.status, 'ok');
            if (result.status !== 'ok') return;
            assert.equal(result.steps, 6);
            assert.equal(result.display.mainPath, '1 hour 15 minutes + 2 working days – 3 working days + 7 days');
            assert.deepEqual(result.display.perActor.map(a => a.label), ['Petugas A', 'Petugas B']);
        });
        const invalid = await answerTimeSummary(shared, Sop, { uri: 'file:///nowhere.sop' });
        assert.equal(invalid.status, 'invalid');
    });

    it('makes a new SOP from the template and a title: valid, named after the title', async () => {
        const sop = newSopFromTitle('Pelayanan Izin "Reklame" 2025');
        assert.equal(sop.fileName, 'pelayanan-izin-reklame-2025.sop');
        assert.equal(sop.name, 'pelayananIzinReklame2025');
        assert.match(sop.text, /^sop pelayananIzinReklame2025 "PELAYANAN IZIN REKLAME 2025"/);
        const doc = await services.validate(sop.text);
        assert.deepEqual((doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message), []);
        assert.equal(newSopFromTitle('2025 Surat').name, 'sop2025Surat');
    });

    it('the new SOP checks clean as created (every severity, hints too), in both keyword languages', async () => {
        for (const lang of ['id', 'en'] as const) {
            const sop = newSopFromTitle('Pengajuan Cuti Pegawai', lang);
            // A workspace of its own: another document with the same nomor would be a fair warning.
            const doc = await createTestServices().validate(sop.text, `file:///template-${lang}/${sop.fileName}`);
            assert.deepEqual((doc.diagnostics ?? []).map(d => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`), [], lang);
        }
    });

    it('the fields to fill are snippet placeholders whose defaults give exactly the saved text', () => {
        const sop = newSopFromTitle('Pengajuan Cuti Pegawai');
        assert.match(sop.snippet, /^sop pengajuanCutiPegawai "PENGAJUAN CUTI PEGAWAI"/);
        for (const field of ['PEMERINTAH KABUPATEN', 'SOP-01/UNIT/2025', 'NAMA PEJABAT', '19800101 200501 1 001']) {
            assert.match(sop.snippet, new RegExp(`\\$\\{\\d+:${field.replace(/[/.]/g, '\\$&')}\\}`), field);
        }
        const filled = sop.snippet.replace(/\$\{(\d+)\}/g, (_, n: string) => new RegExp(`\\$\\{${n}:([^}]*)\\}`).exec(sop.snippet)![1])
            .replace(/\$\{\d+:([^}]*)\}/g, '$1').replace('$0', '');
        assert.equal(filled, sop.text);
    });
});
