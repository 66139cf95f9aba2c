import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { cleanWith, CLEAN_SOP } from '../fixtures/clean-sop.js';
import { validationKit, type RuleCase } from '../support/validation-kit.js';

const kit = validationKit();

const CASES: RuleCase[] = [
    { name: 'no kelengkapan', code: IssueCodes.MissingRequirements, severity: 'warning', text: cleanWith(['    kelengkapan "Surat masuk"\n', '']) },
    { name: 'no waktu', code: IssueCodes.MissingDuration, severity: 'warning', text: cleanWith(['    waktu 10 menit\n', '']) },
    { name: 'no output', code: IssueCodes.MissingOutput, severity: 'warning', text: cleanWith(['    output "Agenda surat"\n', '']) },
    { name: 'unit typo', code: IssueCodes.UnknownUnit, severity: 'warning', text: cleanWith(['waktu 10 menit', 'waktu 10 mnt']) },
    { name: 'free-text waktu', code: IssueCodes.DurationFreeText, severity: 'warning', text: cleanWith(['waktu 10 menit', 'waktu "sesuai jadwal"']) },
    { name: 'output written as an activity', code: IssueCodes.OutputNotNounPhrase, severity: 'info', text: cleanWith(['output "Agenda surat"', 'output "Mencatat agenda"']) },
    { name: 'output not reused by the next step', code: IssueCodes.OutputNotReused, severity: 'hint', text: cleanWith(['    kelengkapan "Surat diterima"\n', '    kelengkapan "Lembar disposisi"\n']) },
];

describe('validation: mutu baku', () => {
    for (const c of CASES) it(`${c.code}: ${c.name}`, () => kit.expectRule(c));

    it('the clean SOP has none of these, and keterangan-missing is off by default', async () => {
        for (const code of [...new Set(CASES.map(c => c.code)), IssueCodes.MissingNotes]) await kit.expectAbsent(CLEAN_SOP, code);
    });

    it('nouns that look like verbs (Berkas, Berita acara) are accepted as outputs', async () => {
        await kit.expectAbsent(cleanWith(['output "Agenda surat"', 'output "Berkas permohonan"']), IssueCodes.OutputNotNounPhrase);
        await kit.expectAbsent(cleanWith(['output "Agenda surat"', 'output "Berita acara"']), IssueCodes.OutputNotNounPhrase);
    });

    it('"-", ranges, bounds and "1 x 24 jam" are valid waktu', async () => {
        for (const w of ['waktu -', 'waktu 5-10 menit', 'waktu maksimal 3 hari kerja', 'waktu 1 x 24 jam', 'waktu 2 working days']) {
            const result = await kit.validate(cleanWith(['waktu 10 menit', w]));
            assert.deepEqual(result.diagnostics.filter(d => d.code === IssueCodes.UnknownUnit || d.code === IssueCodes.DurationFreeText), [], w);
        }
    });

    it('the unknown unit sits on the unit words', async () => {
        const result = await kit.validate(cleanWith(['waktu 10 menit', 'waktu 2 hari krj']));
        const d = result.diagnostics.find(x => x.code === IssueCodes.UnknownUnit)!;
        assert.equal(result.document.textDocument.getText(d.range), 'hari krj');
    });
});
