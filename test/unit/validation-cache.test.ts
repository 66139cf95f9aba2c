import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { describe, it } from 'mocha';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { buildOpenDocument } from '../support/open-document.js';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';

/**
 * The node-local checks of an open file are cached per node text and replayed after an edit
 * (StepCheckCache). Whatever the cache replays must equal a fresh validation of the same text:
 * same diagnostics, ranges and quick-fix edits, in the same order.
 */
const sources = [
    ...readdirSync('examples').filter(n => n.endsWith('.sop')).map(n => path.join('examples', n)),
    ...readdirSync('test/fixtures/all-rules').filter(n => n.endsWith('.sop')).map(n => path.join('test/fixtures/all-rules', n)),
    'test/e2e/fixtures/broken.sop',
];

type Services = ReturnType<typeof createSopServices>;

async function validateOpen(services: Services, uri: URI, text: string, version: number): Promise<Diagnostic[]> {
    return (await buildOpenDocument(services.shared, uri, text, version)).diagnostics ?? [];
}

async function validateFresh(text: string): Promise<Diagnostic[]> {
    const services = createSopServices(EmptyFileSystem);
    const uri = URI.parse('file:///cache/fresh.sop');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document.diagnostics ?? [];
}

/** Edits that move every later step (lines and columns) and change one step's text. */
function edits(text: string): string[] {
    const lines = text.split('\n');
    const firstStep = lines.findIndex(l => /^(langkah|kapsul|keputusan|step|decision|terminator)\s/.test(l));
    const moved = [...lines];
    moved.splice(Math.max(0, firstStep), 0, '// baris baru', '');
    const retyped = text.replace(/"([^"\n]{3,})"/, (_, t: string) => `"${t}  tambahan"`);
    return [moved.join('\n'), retyped, text];
}

describe('validation cache: replayed results equal a fresh validation', function () {
    this.timeout(120_000);

    for (const file of sources) {
        it(path.basename(file), async () => {
            const text = readFileSync(file, 'utf8');
            const services = createSopServices(EmptyFileSystem);
            const uri = URI.parse(`file:///cache/${path.basename(file)}`);
            let version = 1;
            await validateOpen(services, uri, text, version);
            for (const edited of edits(text)) {
                const cached = await validateOpen(services, uri, edited, ++version);
                assert.deepEqual(cached, await validateFresh(edited), `after an edit of ${file}`);
            }
        });
    }

    it('a SOP with syntax errors: the same step text may parse differently, so nothing is replayed', async () => {
        const text = generateRealisticSop(40, 5, 'rusak');
        const services = createSopServices(EmptyFileSystem);
        const uri = URI.parse('file:///cache/rusak.sop');
        const broken = text.replace(/^(langkah s11 "[^"]*)"/m, '$1');
        await validateOpen(services, uri, broken, 1);
        const cache = services.Sop.validation.SopValidator.stepChecks;
        for (const [i, edited] of [broken.replace('langkah s21 ', 'langkah s21 "'), broken.replace('pelaksana p0', '// x\npelaksana p0'), text].entries()) {
            const hits = cache.hits;
            assert.deepEqual(await validateOpen(services, uri, edited, i + 2), await validateFresh(edited));
            assert.equal(cache.hits, hits, 'nothing replayed');
        }
    });

    it('edits inside one step (re-parsed alone): the steps after it move by lines, then by columns, then stay', async () => {
        const text = generateRealisticSop(200, 5, 'cache');
        const services = createSopServices(EmptyFileSystem);
        const uri = URI.parse('file:///cache/inside.sop');
        await validateOpen(services, uri, text, 1);
        const stepsOf = () => (services.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult.value as unknown as { steps: unknown[] }).steps;
        const kept = stepsOf()[150];
        const lines = text.replace(/^(langkah s101 .*\n)/m, '$1    keterangan "baris baru"\n');
        const columns = lines.replace(/^(langkah s101 "[^"]*)"/m, '$1 lagi"');
        for (const [i, edited] of [lines, columns, columns.replace('keterangan "baris baru"', 'keterangan "baris lama"'), text].entries()) {
            const hits = services.Sop.validation.SopValidator.stepChecks.hits;
            const cached = await validateOpen(services, uri, edited, i + 2);
            assert.equal(stepsOf()[150], kept, 'a later step kept its node');
            assert.ok(services.Sop.validation.SopValidator.stepChecks.hits - hits > 200 * 3, 'most steps are replayed');
            assert.deepEqual(cached, await validateFresh(edited), `edit ${i}`);
        }
    });

    it('a realistic 200-step SOP, edited in the middle', async () => {
        const text = generateRealisticSop(200, 5, 'cache');
        const services = createSopServices(EmptyFileSystem);
        const uri = URI.parse('file:///cache/realistic.sop');
        await validateOpen(services, uri, text, 1);
        const edited = text.replace(/^(langkah s101 "[^"]*)"/m, '$1 lagi"').replace('pelaksana p0', '// baris\npelaksana p0');
        const hitsBefore = services.Sop.validation.SopValidator.stepChecks.hits;
        const cached = await validateOpen(services, uri, edited, 2);
        assert.ok(services.Sop.validation.SopValidator.stepChecks.hits - hitsBefore > 200 * 3, 'most steps are replayed');
        assert.ok(cached.filter(d => d.code === 'text-too-long').length > 50, 'the cached checks report');
        assert.deepEqual(cached, await validateFresh(edited));
    });
});
