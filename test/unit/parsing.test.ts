import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { isApproverField, isDateField, isListField, isRelatedField, type Step } from '../../server/src/language/generated/ast.js';
import { createTestServices, errorsOf, SMALL_SOP } from '../support/sop-test-services.js';
import { approverRank, stepDuration } from '../../server/src/language/sop-clauses.js';

const { validate } = createTestServices();

describe('grammar', () => {
    it('parses a complete small SOP without errors', async () => {
        const doc = await validate(SMALL_SOP);
        assert.deepEqual(errorsOf(doc), []);
        const sop = doc.parseResult.value;
        assert.equal(sop.name, 'kecil');
        assert.equal(sop.title, 'PENGELOLAAN SURAT KECIL');
        assert.equal(sop.actors.length, 2);
        assert.equal(sop.steps.length, 4);
    });

    it('parses every identity field in Indonesian', async () => {
        const doc = await validate(`sop a "A"
            status final
            instansi "X", "Y"
            logo "logo.png"
            nomor "1"
            tanggal pembuatan 2025-01-02
            tanggal revisi 14 April 2026
            efektif -
            disahkan oleh jabatan "Kepala" nama "N" nip "19750312 200112 1 002" pangkat "Pembina"
            dasar hukum "UU 1" "UU 2"
            kualifikasi pelaksana "Q"
            peralatan dan perlengkapan "Komputer"
            peringatan "W"
            pencatatan dan pendataan "R"
            keterkaitan "SOP Lain"
            kertas F4
            catatan kaki "*) Catatan"`);
        assert.deepEqual(errorsOf(doc), []);
        const sop = doc.parseResult.value;
        assert.equal(sop.fields.filter(isDateField).length, 3);
        assert.equal(sop.fields.filter(isListField).length, 5);
        const approver = sop.fields.find(isApproverField);
        assert.equal(approver && approverRank(approver), 'Pembina');
        assert.equal(sop.footnotes[0].text, '*) Catatan');
    });

    it('parses the English synonyms', async () => {
        const doc = await validate(`procedure b "B"
            status draft
            institution "X"
            number "1"
            created 2025-01-02 revised - effective 2025-01-03
            approved by position "Head" name "N" nip 197503122001121002 rank "IV/a"
            legal basis "Act 1" qualifications "Q" equipment "E" warnings "W" records "R"
            related "Other"
            paper Letter
            actor clerk "Clerk"
            actor head "Head"
            terminator start "Receiving a letter" by clerk requires "Letter" time 5 minutes output "Letter received"
            decision check "Checking" by head with clerk question "Complete?" yes to finish no "Incomplete" to start
            terminator finish "Filing" by clerk time at most 2 working days notes "n"
            footnote "f"`);
        assert.deepEqual(errorsOf(doc), []);
        const check = doc.parseResult.value.steps[1];
        assert.equal(check.branches.length, 2);
        assert.equal(check.branches[1].label, 'Incomplete');
        assert.equal(check.coActors[0].ref?.name, 'clerk');
    });

    it('parses the duration forms of the format reference', async () => {
        const forms = ['5 menit', '5-10 menit', '1 - 5 hari', 'maksimal 3 hari', 'paling lama 10 hari kerja',
            '1 x 24 jam', '-', '"sesuai jadwal"', '2 hari kerja', '7 hari kalender', '1,5 jam'];
        for (const form of forms) {
            const doc = await validate(`sop d "D" pelaksana a "A" kapsul s "Memulai" oleh a waktu ${form}`);
            assert.deepEqual(errorsOf(doc), [], form);
            assert.ok(stepDuration(doc.parseResult.value.steps[0]), form);
        }
    });

    it('accepts keywords as actor and step names (soft keywords)', async () => {
        const doc = await validate(`sop s "S"
            pelaksana nama "Nama"
            pelaksana output "Output"
            kapsul revisi "Merevisi" oleh nama lanjut ke waktu
            kapsul waktu "Menunggu" oleh output`);
        assert.deepEqual(errorsOf(doc), []);
        const [first] = doc.parseResult.value.steps as Step[];
        assert.equal(first.name, 'revisi');
        assert.equal(first.nexts[0]?.targets[0]?.step.ref?.name, 'waktu');
    });

    it('resolves keterkaitan to another SOP across files', async () => {
        await validate('sop lain "SOP LAIN"', 'file:///ws/lain.sop');
        const doc = await validate('sop utama "UTAMA" keterkaitan lain "Teks bebas"', 'file:///ws/utama.sop');
        assert.deepEqual(errorsOf(doc), []);
        const related = doc.parseResult.value.fields.find(isRelatedField);
        assert.equal(related?.items[0].sop?.ref?.title, 'SOP LAIN');
        assert.equal(related?.items[1].text, 'Teks bebas');
    });

    it('reports a syntax error with its position', async () => {
        const doc = await validate('sop s "S"\npelaksana a "A"\nlangkah x oleh a');
        const errors = errorsOf(doc);
        assert.ok(errors.length > 0);
        assert.match(errors[0], /^3:11 /);
    });

    it('reports unresolved actor and step references', async () => {
        const doc = await validate('sop s "S" pelaksana a "A" kapsul x "Memulai" oleh b lanjut ke y');
        const errors = errorsOf(doc).join('\n');
        assert.match(errors, /'b'/);
        assert.match(errors, /'y'/);
    });
});
