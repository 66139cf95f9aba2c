import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { isActiveVerb, isPassiveVerb, looksLikeCitation, looksLikePersonalName, splitCompound } from '../../server/src/language/validation/text-heuristics.js';
import { cleanWith, CLEAN_SOP } from '../fixtures/clean-sop.js';
import { validationKit, type RuleCase } from '../support/validation-kit.js';

const kit = validationKit();
const activity = (text: string) => cleanWith(['"Mencatat surat"', `"${text}"`]);

const CASES: RuleCase[] = [
    { name: 'a noun phrase as activity', code: IssueCodes.ActivityNotActiveVerb, severity: 'warning', text: activity('Pencatatan surat') },
    { name: 'an imperative root', code: IssueCodes.ActivityNotActiveVerb, severity: 'warning', text: activity('Catat surat') },
    { name: 'a passive di- form', code: IssueCodes.ActivityPassive, severity: 'warning', text: activity('Surat dicatat pada agenda') },
    { name: 'the actor as subject', code: IssueCodes.ActivityStartsWithActor, severity: 'warning', text: activity('Staf Umum mencatat surat') },
    { name: 'two activities joined by dan', code: IssueCodes.ActivityCompound, severity: 'info', text: activity('Mencatat dan mengarsipkan surat') },
    { name: 'kegiatan over 55 characters', code: IssueCodes.TextTooLong, severity: 'hint', text: activity('Mencatat surat pada buku agenda dan aplikasi persuratan elektronik') },
    { name: 'NOMOR SOP over 24 characters', code: IssueCodes.TextTooLong, severity: 'hint', text: cleanWith(['"SOP-01/KOMINFO/2025"', '"SOP-01/KOMINFO/SEKRETARIAT/2025"']) },
];

describe('validation: writing style', () => {
    for (const c of CASES) it(`${c.code}: ${c.name}`, () => kit.expectRule(c));

    it('the clean SOP has none of these', async () => {
        for (const code of new Set(CASES.map(c => c.code))) await kit.expectAbsent(CLEAN_SOP, code);
    });

    it('verb heuristics', () => {
        for (const w of ['mencatat', 'memeriksa', 'mengarsipkan', 'menyusun', 'berkoordinasi', 'meneliti', 'menindaklanjuti']) assert.ok(isActiveVerb(w), w);
        for (const w of ['berkas', 'berita', 'media', 'pencatatan', 'catat', 'disposisi']) assert.ok(!isActiveVerb(w), w);
        assert.ok(isPassiveVerb('diperiksa'));
        assert.ok(!isPassiveVerb('disposisi'));
        assert.deepEqual(splitCompound('Memeriksa dan memaraf konsep'), { first: 'Memeriksa', second: 'memaraf konsep', conjunction: 'dan' });
        assert.equal(splitCompound('Mencatat surat dan lampiran'), undefined);
    });

    it('citation and personal-name heuristics', () => {
        assert.ok(looksLikeCitation('Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman'));
        assert.ok(looksLikeCitation('UU 25/2009 tentang Pelayanan Publik'));
        assert.ok(!looksLikeCitation('Pedoman internal'));
        assert.ok(looksLikePersonalName('HENDRA WIJAYA, S.Kom., M.Si.'));
        assert.ok(!looksLikePersonalName('Kasubbag Umum dan Kepegawaian'));
    });
});
