import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runCli } from '../../server/src/cli/sop-cli.js';
import { sniffFormat } from '../../server/src/import/format-sniff.js';
import type { DraftDocument } from '../../server/src/import/import-draft.js';
import { importDocument } from '../../server/src/import/import-document.js';
import { makeDocx } from '../support/docx-fixture.js';
import { SPECS, type FixtureSpec } from '../support/import-fixture-specs.js';
import { createTestServices } from '../support/sop-test-services.js';

/**
 * `sop import` (issue 14) on documents shaped like signed SOP-APs: the committed fixtures under
 * test/fixtures/import/ are drawn from the specs in test/support/import-fixture-specs.ts
 * (scripts/make-import-fixtures.ts), and what the import recovers is compared with the same specs.
 */
const dir = path.resolve('test/fixtures/import');
const { validate, Sop } = createTestServices();

/** Symbols as `row:actor:kind` and arrows as `row.actor>row.actor label`, the way both sides can name them. */
function specFigures(spec: FixtureSpec) {
    const sym = (r: number, s: number) => `${r}.${spec.rows[r].symbols[s].actor}`;
    return {
        symbols: spec.rows.flatMap((row, r) => row.symbols.map(s => `${r}:${s.actor}:${s.kind}:${s.text ?? ''}`)).sort(),
        arrows: spec.arrows.map(a => `${sym(...a.from)}>${sym(...a.to)} ${a.label ?? ''}`).sort(),
    };
}
function draftFigures(draft: DraftDocument) {
    const sym = (r: number, s: number) => `${r}.${draft.rows[r].symbols[s].actor}`;
    return {
        symbols: draft.rows.flatMap((row, r) => row.symbols.map(s => `${r}:${s.actor}:${s.kind}:${s.text ?? ''}`)).sort(),
        arrows: draft.arrows.map(a => `${sym(...a.from)}>${sym(...a.to)} ${a.label ?? ''}`).sort(),
    };
}

async function parsesAndChecks(text: string): Promise<void> {
    const doc = await validate(text);
    assert.deepEqual(doc.parseResult.lexerErrors.map(e => e.message), []);
    assert.deepEqual(doc.parseResult.parserErrors.map(e => e.message), []);
    const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`);
    assert.deepEqual(errors, [], text);
}

for (const spec of SPECS) {
    for (const ext of ['docx', 'pdf'] as const) {
        describe(`sop import: ${spec.name}.${ext}`, () => {
            let result: Awaited<ReturnType<typeof importDocument>>;
            before(async () => { result = await importDocument(readFileSync(path.join(dir, `${spec.name}.${ext}`))); });

            it('detects the format from the first bytes', () => assert.equal(result.format, ext));

            it('recovers the identity fields', () => {
                const id = result.draft.identity;
                const value = (label: string) => spec.fields.find(f => f[0] === label || f[0].startsWith(label.split(' ')[0]) && label === 'NAMA SOP' && f[0] === 'JUDUL SOP')?.[1];
                assert.equal(id.number, value('NOMOR SOP'));
                assert.equal(id.title, spec.fields.find(f => /NAMA SOP|JUDUL SOP/.test(f[0]))![1]);
                assert.deepEqual(id.institution, spec.institution);
                assert.equal(id.createdOn, spec.fields.find(f => f[0] === 'TANGGAL PEMBUATAN')![1]);
                assert.equal(id.effectiveOn, spec.fields.find(f => /TANGGAL (EFEKTIF|PENGESAHAN)/.test(f[0]))![1]);
                const [position, name, nip] = spec.fields.find(f => f[0] === 'DISAHKAN OLEH')![1].split('\n');
                assert.deepEqual([id.approverPosition, id.approverName, id.approverNip], [position, name, nip.replace(/\D/g, '')]);
                assert.deepEqual(Object.values(id.lists), spec.lists.map(l => l[1]));
            });

            it('marks labels read by a synonym', () => {
                const synonyms = spec.fields.filter(f => ['JUDUL SOP', 'TANGGAL PENGESAHAN'].includes(f[0])).length;
                assert.equal(result.text.split('\n').filter(l => l.includes('IMPORT:') && /dibaca sebagai/.test(l)).length, synonyms);
            });

            it('recovers actor columns, groups and rows', () => {
                assert.deepEqual(result.draft.actors.map(a => a.label), spec.actors);
                const groups = (spec.groups ?? []).flatMap(g => Array<string>(g.actors).fill(g.label));
                assert.deepEqual(result.draft.actors.map(a => a.group), groups.length > 0 ? groups : spec.actors.map(() => undefined));
                assert.deepEqual(result.draft.rows.map(r => [r.activity, r.requirements, r.duration, r.output, r.notes]),
                    spec.rows.map(r => [r.activity, r.requirements, r.duration, r.output, r.notes ? [r.notes] : []]));
            });

            it('recovers symbol kinds in their cells and arrows with both ends', () => {
                const want = specFigures(spec);
                const got = draftFigures(result.draft);
                assert.deepEqual(got.symbols, want.symbols);
                assert.deepEqual(got.arrows, want.arrows);
            });

            it('writes a .sop that parses and checks without errors, with the same flow', async () => {
                await parsesAndChecks(result.text);
                const model = Sop.model.ModelBuilder.build(await validate(result.text));
                assert.equal(model.steps.length, spec.rows.length);
                assert.equal(model.edges.filter(e => !e.implicit).length, spec.arrows.length);
                assert.equal(model.edges.filter(e => e.implicit).length, 0);
            });
        });
    }
}

describe('sop import: what needs a person', () => {
    it('a flowchart without readable symbols (a picture or a scan): text rows imported, flow left to the user, said so', async () => {
        const spec = SPECS[0];
        const bytes = makeDocx({ ...spec, arrows: [], rows: spec.rows.map(r => ({ ...r, symbols: [] })) });
        const result = await importDocument(bytes);
        assert.equal(result.draft.rows.length, spec.rows.length);
        assert.equal(result.draft.flowKnown, false);
        assert.match(result.text, /IMPORT: simbol diagram alir tidak terbaca/);
        const doc = await validate(result.text);
        assert.deepEqual(doc.parseResult.parserErrors, []);
    });

    it('guesses are written in English with --lang en', async () => {
        const result = await importDocument(readFileSync(path.join(dir, 'pengadaan-kelompok.docx')), 'en');
        assert.match(result.text, /\/\/ IMPORT: label "JUDUL SOP" read as NAMA SOP/);
    });

    it('refuses bytes that are neither PDF nor Word', async () => {
        assert.equal(sniffFormat(new TextEncoder().encode('hello')), 'unknown');
        await assert.rejects(importDocument(new TextEncoder().encode('hello')), /not a PDF or Word/);
    });
});

describe('sop import (CLI)', () => {
    it('imports a folder with progress and a summary table; the files check clean', async () => {
        const input = mkdtempSync(path.join(tmpdir(), 'sop-import-in-'));
        const out = mkdtempSync(path.join(tmpdir(), 'sop-import-out-'));
        for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(input, f));
        let stdout = '';
        let stderr = '';
        const code = await runCli(['import', input, '--out', out], { out: t => { stdout += t; }, err: t => { stderr += t; }, env: { LANG: 'en_US.UTF-8' } });
        assert.equal(code, 0, stdout + stderr);
        assert.match(stderr, /\[1\/4\]/);
        assert.match(stdout, /^file\s+rows\s+actors\s+symbols\s+arrows\s+guesses$/m);
        assert.match(stdout, /surat-masuk\.pdf\s+5\s+3\s+5\s+4\s+\d+/);
        const written = readdirSync(out).sort();
        assert.deepEqual(written, ['pengadaan-kelompok-pdf.sop', 'pengadaan-kelompok.sop', 'surat-masuk-pdf.sop', 'surat-masuk.sop']);
        let checkOut = '';
        const checked = await runCli(['check', out], { out: t => { checkOut += t; }, err: () => undefined, env: {} });
        assert.equal(checked, 0, checkOut);
    });

    it('is listed in sop --help', async () => {
        let stdout = '';
        await runCli(['--help'], { out: t => { stdout += t; }, err: () => undefined, env: {} });
        assert.match(stdout, /^\s+import\s+/m);
    });
});
