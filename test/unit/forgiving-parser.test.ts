import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import type { Sop } from '../../server/src/language/generated/ast.js';
import { editDistance } from '../../server/src/language/edit-distance.js';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { clauseStartWords, isKeyword } from '../../server/src/vocabulary/sop-vocabulary.js';
import { createTestServices, codesOf } from '../support/sop-test-services.js';

const services = createTestServices();
const { validate } = services;
const messages = services.Sop.i18n.Messages;

async function fixesFor(doc: LangiumDocument<Sop>, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await services.Sop.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    return (actions ?? []) as CodeAction[];
}

function apply(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.sop', 'sop', 1, text), edits);
}

const withCode = (doc: LangiumDocument, code: string) => (doc.diagnostics ?? []).filter(d => d.code === code);
/** Codes of the file itself: `duplicate-number` depends on which other test files share the workspace. */
const sortedCodes = (doc: LangiumDocument) => codesOf(doc).filter(c => c !== IssueCodes.DuplicateNumber).sort();

const CUTI = `sop cuti "PENGAJUAN CUTI"
pelaksana pegawai "Pegawai"
pelaksana kepegawaian "Bagian Kepegawaian"
kapsul ajukan "Mengajukan cuti"
    oleh pegawai
    waktu 5 menit
    output "Data cuti tercatat"
langkah catat "Mencatat cuti"
    oleh kepegawaian
    lanjut ke arsip
langkah arsip "Mengarsipkan berkas cuti"
    oleh kepegawaian
kapsul tutup "Menyelesaikan pengajuan"
    oleh pegawai
`;

describe('forgiving parser: misspelled clause keywords', () => {
    it('gives one diagnostic on `ouput` and keeps the later steps', async () => {
        messages.locale = 'id';
        const doc = await validate(CUTI.replace('    output', '    ouput'));
        assert.equal(doc.parseResult.parserErrors.length, 0);
        assert.deepEqual(doc.parseResult.value.steps.map(s => s.name), ['ajukan', 'catat', 'arsip', 'tutup']);
        const [diagnostic, ...more] = withCode(doc, IssueCodes.UnknownKeyword);
        assert.equal(more.length, 0);
        assert.equal(diagnostic.message, 'Kata kunci `ouput` tidak dikenal; maksud Anda `output`?');
        assert.deepEqual(diagnostic.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 9 } });
        const [fix] = await fixesFor(doc, diagnostic);
        assert.equal(apply(doc.textDocument.getText(), fix), CUTI);
        const baseline = await validate(CUTI);
        assert.deepEqual(sortedCodes(doc).filter(c => c !== IssueCodes.UnknownKeyword), sortedCodes(baseline));
    });

    it('speaks the UI language and quotes the file\'s keyword', async () => {
        messages.locale = 'en';
        try {
            const doc = await validate(CUTI.replace('    oleh kepegawaian\n    lanjut', '    ole kepegawaian\n    lanjut'));
            const [diagnostic] = withCode(doc, IssueCodes.UnknownKeyword);
            assert.equal(diagnostic.message, 'Unknown keyword `ole`; did you mean `oleh`?');
            assert.equal((await fixesFor(doc, diagnostic))[0].title, 'Change to `oleh`');
        } finally {
            messages.locale = 'id';
        }
    });

    it('leaves names alone: an actor called `kasi` (one edit from `kaki`) is no typo', async () => {
        const doc = await validate(CUTI.replace('pelaksana pegawai "Pegawai"', 'pelaksana kasi "Kepala Seksi"\npelaksana pegawai "Pegawai"'));
        assert.deepEqual(withCode(doc, IssueCodes.UnknownKeyword), []);
        assert.equal(doc.parseResult.parserErrors.length, 0);
    });

    describe('every clause keyword misspelled by one edit', () => {
        const bases = [
            ...readdirSync('test/fixtures/vocabulary').map(f => `test/fixtures/vocabulary/${f}`),
            ...readdirSync('examples').map(f => `examples/${f}`),
        ].map(path => ({ path, text: readFileSync(path, 'utf8') }));
        // Clause keywords of three letters or fewer (`sop`, `nip`, `tte`, `sel`, `ya`) are too close to names to correct.
        const words = [...clauseStartWords()].filter(w => w.length >= 4);

        it('the fixtures start a line with every clause keyword', () => {
            const starts = new Set(bases.flatMap(b => b.text.split('\n').map(l => l.trim().split(/\s+/)[0])));
            assert.deepEqual(words.filter(w => !starts.has(w)), []);
        });

        for (const word of words) {
            it(word, async () => {
                const base = bases.find(b => new RegExp(`^[ \\t]*${word}\\b`, 'm').test(b.text))!;
                const baseline = await validate(base.text);
                for (const typo of oneEditMisspellings(word).filter(t => unambiguous(t, word, words))) {
                    const text = base.text.replace(new RegExp(`^([ \\t]*)${word}\\b`, 'm'), `$1${typo}`);
                    const doc = await validate(text);
                    const found = withCode(doc, IssueCodes.UnknownKeyword);
                    assert.equal(found.length, 1, `${typo} in ${base.path}: ${codesOf(doc).join(', ')}`);
                    assert.deepEqual(sortedCodes(doc).filter(c => c !== IssueCodes.UnknownKeyword), sortedCodes(baseline), `${typo} in ${base.path}`);
                    assert.equal(apply(text, (await fixesFor(doc, found[0]))[0]), base.text, typo);
                }
            });
        }
    });
});

/** Every deletion and every swap of neighbours (the usual one-edit typos; insertions and substitutions are corrected the same way). */
function oneEditMisspellings(word: string): string[] {
    const typos = new Set<string>();
    for (let i = 0; i < word.length; i++) {
        typos.add(word.slice(0, i) + word.slice(i + 1));
        if (i + 1 < word.length) typos.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
    return [...typos].filter(t => t !== word && /^[a-z_]/.test(t));
}

/** A typo that is itself a keyword, or as close to another clause keyword, is not expected to be corrected. */
function unambiguous(typo: string, word: string, words: string[]): boolean {
    return !isKeyword(typo) && typo.length >= 3 && words.every(w => w === word || editDistance(typo, w) > editDistance(typo, word));
}

describe('misspelled references: "Change to" first', () => {
    it('actors', async () => {
        messages.locale = 'en';
        try {
            const doc = await validate(CUTI.replace('    oleh kepegawaian\n    lanjut', '    oleh kepegawain\n    lanjut'));
            const [diagnostic] = withCode(doc, IssueCodes.UnresolvedActor);
            const titles = (await fixesFor(doc, diagnostic)).map(a => a.title);
            assert.equal(titles[0], 'Change to `kepegawaian`');
            assert.ok(titles.some(t => /Declare actor/.test(t)), titles.join(' | '));
        } finally {
            messages.locale = 'id';
        }
    });

    it('steps', async () => {
        const doc = await validate(CUTI.replace('lanjut ke arsip', 'lanjut ke arsp'));
        const [diagnostic] = withCode(doc, IssueCodes.UnresolvedStep);
        const [first] = await fixesFor(doc, diagnostic);
        assert.equal(first.title, 'Ganti dengan `arsip`');
        assert.equal(apply(doc.textDocument.getText(), first), CUTI);
    });

    it('symbols of a step (`<step>.<actor>`)', async () => {
        const doc = await validate(CUTI.replace('lanjut ke arsip', 'lanjut ke arsip.kepegawain'));
        const [diagnostic] = withCode(doc, IssueCodes.UnresolvedSymbol);
        const [first] = await fixesFor(doc, diagnostic);
        assert.equal(first?.title, 'Ganti dengan `kepegawaian`');
    });

    it('SOPs of the workspace', async () => {
        await validate('sop cutiTahunan "CUTI TAHUNAN"\n', 'file:///test/cuti-tahunan.sop');
        const doc = await validate(CUTI.replace('pelaksana pegawai', 'keterkaitan cutiTahuan\npelaksana pegawai'));
        const [diagnostic] = withCode(doc, IssueCodes.UnresolvedSop);
        const [first] = await fixesFor(doc, diagnostic);
        assert.equal(first?.title, 'Ganti dengan `cutiTahunan`');
    });
});
