import assert from 'node:assert/strict';
import { testCodeAction } from 'langium/test';
import { describe, it } from 'mocha';
import { createTestServices } from '../support/sop-test-services.js';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { cleanWith, edit } from '../fixtures/clean-sop.js';

const { Sop, check } = createTestServices();
const fix = testCodeAction(Sop);

const MID = `langkah arsip "Mengarsipkan surat" oleh admin
    kelengkapan "Agenda surat"
    waktu 5 menit
    output "Arsip surat"
`;
/** The clean SOP with a reachable process row `arsip` before the last step. */
const withMid = (...changes: Array<[string, string]>) => cleanWith(['kapsul catat', MID + 'kapsul catat'], ['ya ke catat', 'ya ke arsip'], ...changes);

async function expectFix(input: string, code: string, output: string, title?: RegExp): Promise<void> {
    const result = await fix(input, code, output);
    if (title) assert.match(result.action?.title ?? '', title);
}

describe('quick fixes', () => {
    it('declares a missing actor', async () => {
        const input = cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh kasubbagUmum']);
        const output = edit(input, ['pelaksana kasubbag "Kasubbag Umum"\n', 'pelaksana kasubbag "Kasubbag Umum"\npelaksana kasubbagUmum "Kasubbag Umum"\n']);
        await expectFix(input, IssueCodes.UnresolvedActor, output, /kasubbagUmum/);
    });

    it('adds the missing decision branch', async () => {
        const input = cleanWith(['    tidak ke terima\n', '']);
        const output = edit(input, ['    ya ke catat', '    ya ke catat\n    tidak ke terima']);
        await expectFix(input, IssueCodes.DecisionMissingBranch, output, /tidak/);
    });

    it('turns the first step into a terminator', async () => {
        const input = cleanWith(['kapsul terima', 'langkah terima']);
        await expectFix(input, IssueCodes.FirstStepNotTerminator, edit(input, ['langkah terima', 'kapsul terima']));
    });

    it('turns the last step into a terminator', async () => {
        const input = cleanWith(['kapsul catat', 'langkah catat']);
        await expectFix(input, IssueCodes.LastStepNotTerminator, edit(input, ['langkah catat', 'kapsul catat']));
    });

    it('turns a middle terminator into a process', async () => {
        const input = withMid(['langkah arsip', 'kapsul arsip'], ['output "Arsip surat"', 'output "Arsip surat"\n    lanjut ke catat']);
        await expectFix(input, IssueCodes.TerminatorInMiddle, edit(input, ['kapsul arsip', 'langkah arsip']));
    });

    it('removes a duplicate identity field', async () => {
        const input = cleanWith(['nomor "SOP-01/KOMINFO/2025"\n', 'nomor "SOP-01/KOMINFO/2025"\nnomor "SOP-02"\n']);
        await expectFix(input, IssueCodes.DuplicateField, cleanWith(), /nomor/);
    });

    it('removes a duplicate approver item', async () => {
        const input = cleanWith(['    nama "HENDRA WIJAYA"\n', '    nama "HENDRA WIJAYA"\n    nama "HENDRA"\n']);
        await expectFix(input, IssueCodes.DuplicateField, cleanWith());
    });

    it('removes a duplicate step clause', async () => {
        const input = cleanWith(['    output "Agenda surat"', '    output "Agenda"\n    output "Agenda surat"']);
        await expectFix(input, IssueCodes.DuplicateClause, cleanWith());
    });

    it('removes `selesai` from a decision', async () => {
        const input = cleanWith(['    tidak ke terima\n', '    tidak ke terima\n    selesai\n']);
        await expectFix(input, IssueCodes.NextOnDecision, cleanWith());
    });

    it('fixes a unit typo (mnt → menit)', async () => {
        const input = cleanWith(['waktu 10 menit', 'waktu 10 mnt']);
        await expectFix(input, IssueCodes.UnknownUnit, cleanWith(), /menit/);
    });

    it('groups a NIP', async () => {
        const input = cleanWith(['nip 19750312 200112 1 002', 'nip 197503122001121002']);
        await expectFix(input, IssueCodes.NipNotGrouped, cleanWith(), /19750312 200112 1 002/);
    });

    it('groups a quoted NIP inside its quotes', async () => {
        const input = cleanWith(['nip 19750312 200112 1 002', 'nip "197503122001121002"']);
        await expectFix(input, IssueCodes.NipNotGrouped, cleanWith(['nip 19750312 200112 1 002', 'nip "19750312 200112 1 002"']));
    });

    it('splits "X dan Y" into two steps', async () => {
        const input = withMid(['"Mengarsipkan surat"', '"Mengarsipkan surat dan memindai lampiran"']);
        const output = edit(input, ['"Mengarsipkan surat dan memindai lampiran"', '"Mengarsipkan surat"'],
            ['    output "Arsip surat"\n', '    output "Arsip surat"\n\nlangkah arsip2 "Memindai lampiran"\n    oleh admin\n']);
        await expectFix(input, IssueCodes.ActivityCompound, output, /two steps|dua langkah/);
    });

    it('removes the leading actor name from a kegiatan', async () => {
        const input = cleanWith(['"Mencatat surat"', '"Staf Umum mencatat surat"']);
        await expectFix(input, IssueCodes.ActivityStartsWithActor, cleanWith(), /Staf Umum/);
    });

    it('removes a repeated co-actor', async () => {
        const input = cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh admin bersama kasubbag, kasubbag']);
        await expectFix(input, IssueCodes.JointActorRepeated, cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh admin bersama kasubbag']));
    });

    it('removes "SOP" from the start of NAMA SOP', async () => {
        const input = cleanWith(['"PENGELOLAAN SURAT MASUK"', '"SOP PENGELOLAAN SURAT MASUK"']);
        await expectFix(input, IssueCodes.TitleStartsWithSop, cleanWith());
    });

    it('offers nothing when the diagnostic no longer sits on what its check reported (an edit raced the request)', async () => {
        const input = cleanWith(['kapsul terima', 'langkah terima']);
        const { diagnostics, document } = await check(input);
        const first = diagnostics.find(d => d.code === IssueCodes.FirstStepNotTerminator);
        assert.ok(first);
        const provider = Sop.lsp.CodeActionProvider!;
        // The same step, but on its kegiatan instead of its kind keyword.
        const line = input.split('\n').findIndex(l => l.startsWith('langkah terima'));
        const character = input.split('\n')[line].indexOf('"');
        const moved = { ...first, range: { start: { line, character }, end: { line, character: character + 5 } } };
        const params = (d: typeof first) => ({ textDocument: { uri: document.textDocument.uri }, range: d.range, context: { diagnostics: [d] } });
        assert.equal((await provider.getCodeActions(document, params(first)))?.length, 1);
        assert.equal(await provider.getCodeActions(document, params(moved)), undefined);
    });

    it('offers nothing for a diagnostic without a fix', async () => {
        const input = cleanWith(['nip 19750312 200112 1 002', 'nip 19750312 200112 3 002']);
        const result = await fix(input, IssueCodes.NipInvalidGender, undefined);
        assert.deepEqual(result.action, undefined);
    });
});
