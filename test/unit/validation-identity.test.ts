import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { isApproverField, isListField } from '../../server/src/language/generated/ast.js';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { cleanWith, CLEAN_SOP } from '../fixtures/clean-sop.js';
import { validationKit, type RuleCase } from '../support/validation-kit.js';

const kit = validationKit();
const draft = (...changes: Array<[string, string]>) => cleanWith(['status final', 'status draf'], ...changes);

const CASES: RuleCase[] = [
    { name: 'missing nomor in a final SOP is an error', code: IssueCodes.IdentityFieldMissing, severity: 'error', text: cleanWith(['nomor "SOP-01/KOMINFO/2025"\n', '']) },
    { name: 'missing nomor in a draft is a warning', code: IssueCodes.IdentityFieldMissing, severity: 'warning', text: draft(['nomor "SOP-01/KOMINFO/2025"\n', '']) },
    { name: 'missing instansi', code: IssueCodes.IdentityFieldMissing, severity: 'error', text: cleanWith(['instansi "PEMERINTAH KAB. SUKAMAJU" "DINAS KOMINFO"\n', '']) },
    { name: 'missing NAMA SOP', code: IssueCodes.IdentityFieldMissing, severity: 'error', text: cleanWith(['sop bersih "PENGELOLAAN SURAT MASUK"', 'sop bersih']) },
    { name: 'missing approver NIP', code: IssueCodes.IdentityFieldMissing, severity: 'error', text: cleanWith(['    nip 19750312 200112 1 002\n', '']) },
    { name: 'missing dasar hukum (final)', code: IssueCodes.IdentityListMissing, severity: 'error', text: cleanWith(['dasar hukum "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"\n', '']) },
    { name: 'peringatan with only "-" (draft)', code: IssueCodes.IdentityListMissing, severity: 'warning', text: draft(['peringatan "Surat yang tidak dicatat tidak dapat ditelusuri"', 'peringatan "-"']) },
    { name: 'duplicate nomor field', code: IssueCodes.DuplicateField, severity: 'warning', text: cleanWith(['nomor "SOP-01/KOMINFO/2025"\n', 'nomor "SOP-01/KOMINFO/2025"\nnomor "SOP-02"\n']) },
    { name: 'duplicate approver name', code: IssueCodes.DuplicateField, severity: 'warning', text: cleanWith(['    nama "HENDRA WIJAYA"\n', '    nama "HENDRA WIJAYA"\n    nama "HENDRA"\n']) },
    { name: 'NIP of 17 digits', code: IssueCodes.NipInvalidFormat, severity: 'error', text: cleanWith(['nip 19750312 200112 1 002', 'nip 19750312 200112 1 02']) },
    { name: 'NIP with letters', code: IssueCodes.NipInvalidFormat, severity: 'error', text: cleanWith(['nip 19750312 200112 1 002', 'nip "19750312 2001X2 1 002"']) },
    { name: 'NIP birth date 13th month', code: IssueCodes.NipInvalidBirthDate, severity: 'error', text: cleanWith(['nip 19750312 200112 1 002', 'nip 19751312 200112 1 002']) },
    { name: 'NIP TMT before birth', code: IssueCodes.NipInvalidTmt, severity: 'error', text: cleanWith(['nip 19750312 200112 1 002', 'nip 19750312 197001 1 002']) },
    { name: 'NIP TMT month 13', code: IssueCodes.NipInvalidTmt, severity: 'error', text: cleanWith(['nip 19750312 200112 1 002', 'nip 19750312 200113 1 002']) },
    { name: 'NIP gender digit 3', code: IssueCodes.NipInvalidGender, severity: 'error', text: cleanWith(['nip 19750312 200112 1 002', 'nip 19750312 200112 3 002']) },
    { name: 'NIP not grouped', code: IssueCodes.NipNotGrouped, severity: 'info', text: cleanWith(['nip 19750312 200112 1 002', 'nip 197503122001121002']) },
    { name: 'efektif before pembuatan', code: IssueCodes.DateOrder, severity: 'warning', text: cleanWith(['tanggal efektif 2025-02-10', 'tanggal efektif 2025-01-10']) },
    { name: 'revisi before pembuatan', code: IssueCodes.DateOrder, severity: 'warning', text: cleanWith(['tanggal revisi -', 'tanggal revisi 2024-12-31']) },
    { name: 'invalid calendar date', code: IssueCodes.InvalidDate, severity: 'error', text: cleanWith(['tanggal efektif 2025-02-10', 'tanggal efektif 30 Februari 2025']) },
    { name: 'unknown paper', code: IssueCodes.InvalidPaper, severity: 'error', text: cleanWith(['nomor "SOP-01/KOMINFO/2025"', 'nomor "SOP-01/KOMINFO/2025"\nkertas B5']) },
    { name: 'dasar hukum that is no citation', code: IssueCodes.LegalBasisNotCitation, severity: 'warning', text: cleanWith(['dasar hukum "Undang-Undang', 'dasar hukum "Aturan internal dinas" "Undang-Undang']) },
    { name: 'dasar hukum out of hierarchy', code: IssueCodes.LegalBasisOrder, severity: 'warning', text: cleanWith(['dasar hukum "Undang-Undang', 'dasar hukum "Peraturan Daerah Kabupaten Sukamaju Nomor 4 Tahun 2023 tentang Reklame" "Undang-Undang']) },
    { name: 'repealed UU 32/2004', code: IssueCodes.LegalBasisRepealed, severity: 'warning', text: cleanWith(['dasar hukum "Undang-Undang Nomor 25 Tahun 2009', 'dasar hukum "Undang-Undang Nomor 32 Tahun 2004']) },
    { name: 'keterkaitan naming a regulation', code: IssueCodes.RelatedIsRegulation, severity: 'warning', text: cleanWith(['peralatan "Komputer"', 'keterkaitan "Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE"\nperalatan "Komputer"']) },
    { name: 'keterkaitan to an unknown SOP', code: IssueCodes.UnresolvedSop, severity: 'error', text: cleanWith(['peralatan "Komputer"', 'keterkaitan sopLain\nperalatan "Komputer"']) },
    { name: 'boilerplate peringatan', code: IssueCodes.WarningBoilerplate, severity: 'warning', text: cleanWith(['peringatan "Surat yang tidak dicatat tidak dapat ditelusuri"', 'peringatan "Apabila SOP ini tidak dilaksanakan, kegiatan tidak berjalan lancar"']) },
    { name: 'NAMA SOP starting with SOP', code: IssueCodes.TitleStartsWithSop, severity: 'info', text: cleanWith(['"PENGELOLAAN SURAT MASUK"', '"SOP SURAT MASUK"']) },
];

describe('validation: identity sheet', () => {
    for (const c of CASES) it(`${c.code}: ${c.name}`, () => kit.expectRule(c));

    it('the clean SOP has none of these', async () => {
        for (const code of new Set(CASES.map(c => c.code))) await kit.expectAbsent(CLEAN_SOP, code);
    });

    it('a valid grouped NIP, a quoted NIP and "sebagaimana telah diubah" citations pass', async () => {
        await kit.expectAbsent(cleanWith(['nip 19750312 200112 1 002', 'nip "19750312 200112 1 002"']), IssueCodes.NipNotGrouped);
        await kit.expectAbsent(cleanWith(['dasar hukum "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"',
            'dasar hukum "Undang-Undang Nomor 5 Tahun 2014 tentang ASN sebagaimana telah dicabut dengan UU 20/2023"']), IssueCodes.LegalBasisRepealed);
    });

    it('reports the NIP problem on the NIP itself', async () => {
        const result = await kit.validate(cleanWith(['nip 19750312 200112 1 002', 'nip 19750312 200112 3 002']));
        const approver = result.document.parseResult.value.fields.find(isApproverField)!;
        const d = result.diagnostics.find(x => x.code === IssueCodes.NipInvalidGender)!;
        assert.equal(result.document.textDocument.getText(d.range), '19750312 200112 3 002');
        assert.ok(approver);
    });

    it('reports a list problem on the offending item', async () => {
        const result = await kit.validate(cleanWith(['peringatan "Surat yang tidak dicatat tidak dapat ditelusuri"', 'peringatan "Risiko nyata" "Tidak ada"']));
        const d = result.diagnostics.find(x => x.code === IssueCodes.WarningBoilerplate)!;
        assert.equal(result.document.textDocument.getText(d.range), '"Tidak ada"');
        assert.ok(result.document.parseResult.value.fields.some(isListField));
    });

    it('a list item with 300,000 dots before its last letter is checked in linear time (`/[.;,]+$/` took minutes)', async () => {
        const item = `Peraturan${'.'.repeat(300_000)}x`;
        const result = await kit.validate(cleanWith(['peringatan "Surat yang tidak dicatat tidak dapat ditelusuri"', `peringatan "${item}" "${item}."`]));
        assert.ok(result.diagnostics.some(d => d.code === IssueCodes.ListDuplicateItem), 'the same item with a trailing dot is a duplicate');
    });

    it('duplicate nomor across the workspace', async () => {
        const ws = validationKit();
        await ws.validate(CLEAN_SOP.replace('sop bersih', 'sop lain'), { documentUri: 'file:///ws/lain.sop' });
        const result = await ws.validate(CLEAN_SOP, { documentUri: 'file:///ws/bersih.sop' });
        const d = result.diagnostics.find(x => x.code === IssueCodes.DuplicateNumber);
        assert.ok(d, 'duplicate-number reported');
        assert.match(String(d.message), /lain\.sop/);
    });
});
