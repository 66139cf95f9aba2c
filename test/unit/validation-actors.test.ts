import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { cleanWith, CLEAN_SOP } from '../fixtures/clean-sop.js';
import { validationKit, type RuleCase } from '../support/validation-kit.js';
import { withLocale } from '../support/sop-test-services.js';

const kit = validationKit();
const ACTORS = 'pelaksana admin "Staf Umum"\npelaksana kasubbag "Kasubbag Umum"\n';
const manyActors = Array.from({ length: 7 }, (_, i) => `pelaksana extra${i} "Jabatan ${i}"`).join('\n');

const CASES: RuleCase[] = [
    { name: 'step without oleh', code: IssueCodes.MissingActor, severity: 'error', text: cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat"']) },
    { name: 'oleh an undeclared actor', code: IssueCodes.UnresolvedActor, severity: 'error', text: cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh sekretaris']) },
    { name: 'two actors with one name', code: IssueCodes.DuplicateName, severity: 'error', text: cleanWith([ACTORS, ACTORS + 'pelaksana admin "Operator"\n']) },
    { name: 'declared actor never used (final)', code: IssueCodes.ActorUnused, severity: 'error', text: cleanWith([ACTORS, ACTORS + 'pelaksana kadis "Kepala Dinas"\n']) },
    { name: 'declared actor never used (draft)', code: IssueCodes.ActorUnused, severity: 'warning', text: cleanWith(['status final', 'status draf'], [ACTORS, ACTORS + 'pelaksana kadis "Kepala Dinas"\n']) },
    { name: 'two columns for one position', code: IssueCodes.ActorDuplicateLabel, severity: 'warning', text: cleanWith([ACTORS, ACTORS + 'pelaksana staf "Staf Umum"\n'], ['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh staf']) },
    { name: 'a single actor', code: IssueCodes.TooFewActors, severity: 'warning', text: cleanWith([ACTORS, 'pelaksana admin "Staf Umum"\n'], ['oleh kasubbag', 'oleh admin']) },
    { name: 'more than seven actors', code: IssueCodes.TooManyActors, severity: 'warning', text: cleanWith([ACTORS, ACTORS + manyActors + '\n']) },
    { name: 'an honorific', code: IssueCodes.ActorPersonalName, severity: 'warning', text: cleanWith(['"Kasubbag Umum"', '"Bapak Andi"']) },
    { name: 'an academic title', code: IssueCodes.ActorPersonalName, severity: 'warning', text: cleanWith(['"Kasubbag Umum"', '"Drs. Andi"']) },
    { name: 'joint step naming the primary again', code: IssueCodes.JointActorRepeated, severity: 'warning', text: cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh admin bersama kasubbag, admin']) },
];

describe('validation: actors', () => {
    for (const c of CASES) it(`${c.code}: ${c.name}`, () => kit.expectRule(c));

    it('the clean SOP has none of these', async () => {
        for (const code of new Set(CASES.map(c => c.code))) await kit.expectAbsent(CLEAN_SOP, code);
    });

    it('positions such as "Kepala Dinas" and "PPK" are not personal names', async () => {
        await kit.expectAbsent(cleanWith(['"Kasubbag Umum"', '"PPK"']), IssueCodes.ActorPersonalName);
        await kit.expectAbsent(cleanWith(['"Kasubbag Umum"', '"Kepala Sub Bagian Umum"']), IssueCodes.ActorPersonalName);
    });

    it('the unresolved actor sits on the reference and is localised', async () => {
        const text = cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'kapsul catat "Mencatat surat" oleh sekretaris']);
        await withLocale(kit.Sop.i18n.Messages, 'id', async () => {
            const result = await kit.validate(text);
            const d = result.diagnostics.find(x => x.code === IssueCodes.UnresolvedActor)!;
            assert.equal(result.document.textDocument.getText(d.range), 'sekretaris');
            assert.match(String(d.message), /belum dideklarasikan/);
        });
        await withLocale(kit.Sop.i18n.Messages, 'en', async () => {
            const en = await kit.validate(text);
            assert.match(en.diagnostics.find(x => x.code === IssueCodes.UnresolvedActor)!.message as string, /is not declared/);
        });
    });
});
