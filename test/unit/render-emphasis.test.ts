/**
 * `*kata*` prints in italics (issue 9, item 12: foreign words such as *scanning*, *email*): in the
 * page SVG, and through the exports that draw it (PDF with an embedded italic face, Word runs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { before, describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';
import { exportSop } from '../../server/src/export/export-document.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { emphasisRuns, ITALIC_OFF, ITALIC_ON, lineRuns, markEmphasis } from '../../server/src/render/emphasis.js';
import { renderSop, type RenderedDocument } from '../../server/src/render/index.js';
import { textWidth } from '../../server/src/render/text-metrics.js';
import { wrapText } from '../../server/src/render/text-wrap.js';

const FIXTURE = path.resolve('test/fixtures/real-patterns/12-cell-text.sop');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('italics: *kata*', () => {
    it('marks a run between asterisks, and leaves lone asterisks as text', () => {
        assert.deepEqual(emphasisRuns('Aplikasi *email* dinas'), [
            { text: 'Aplikasi ', italic: false }, { text: 'email', italic: true }, { text: ' dinas', italic: false },
        ]);
        assert.deepEqual(emphasisRuns('(*scanning*).'), [{ text: '(', italic: false }, { text: 'scanning', italic: true }, { text: ').', italic: false }]);
        assert.deepEqual(emphasisRuns('*File* hasil *scanning*').filter(r => r.italic).map(r => r.text), ['File', 'scanning']);
        for (const plain of ['*) Catatan kaki', '5 * 2 * 3', 'a*b*c', '**', '* butir', 'kata*', 'nilai *x']) {
            assert.equal(markEmphasis(plain), plain, plain);
        }
    });

    it('measures the markers as nothing and keeps a wrapped italic phrase italic on its next line', () => {
        const font = { size: 10.5 };
        assert.equal(textWidth(`${ITALIC_ON}email${ITALIC_OFF}`, font), textWidth('email', font));
        const lines = wrapText('Kirim *berkas hasil pemindaian dokumen* segera', 90, font);
        assert.ok(lines.length >= 3, lines.join(' | '));
        const runs = lineRuns(lines);
        const italic = runs.flat().filter(r => r.italic).map(r => r.text.trim()).join(' ');
        assert.equal(italic, 'berkas hasil pemindaian dokumen');
        assert.ok(runs[1].some(r => r.italic), 'the second line carries on the italic run');
    });

    describe('drawn', () => {
        let model: SopDocument;
        let rendered: RenderedDocument;
        before(async () => {
            const ws = new CliWorkspace('id');
            const [doc] = await ws.load([FIXTURE]);
            model = ws.services.model.ModelBuilder.build(doc);
            rendered = renderSop(model);
        });

        it('the page SVG draws italic spans, with no asterisk and no marker left', () => {
            const svg = rendered.pages.map(p => p.svg).join('');
            const spans = [...svg.matchAll(/<tspan font-style="italic">([^<]*)<\/tspan>/g)].map(m => m[1]);
            for (const word of ['email', 'scanning', 'File']) assert.ok(spans.includes(word), `${word} in ${spans.join(', ')}`);
            assert.doesNotMatch(svg, /\*(email|scanning|File)\*/);
            assert.doesNotMatch(svg, /[\uE000\uE001]/);
        });

        it('the PDF embeds an italic face and its text reads without asterisks', async function () {
            this.timeout(120_000);
            if (!has('pdffonts') || !has('pdftotext')) this.skip();
            const artifact = await exportSop(model, rendered, 'pdf');
            assert.equal(artifact.kind, 'file');
            const file = path.join(mkdtempSync(path.join(tmpdir(), 'sop-italic-')), 'cell-text.pdf');
            writeFileSync(file, artifact.kind === 'file' ? artifact.data : '');
            const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
            assert.match(fonts, /LiberationSans-Italic/);
            const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
            assert.match(text, /scanning/);
            assert.doesNotMatch(text, /\*scanning\*/);
        });

        it('Word writes italic runs', async () => {
            const artifact = await exportSop(model, rendered, 'docx');
            assert.equal(artifact.kind, 'file');
            const zip = await JSZip.loadAsync(artifact.kind === 'file' ? artifact.data as Buffer : Buffer.alloc(0));
            const xml = await zip.file('word/document.xml')!.async('string');
            const italicRuns = [...xml.matchAll(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)]
                .filter(m => m[1].includes('<w:i/>')).map(m => m[2]);
            for (const word of ['email', 'scanning', 'File']) assert.ok(italicRuns.includes(word), `${word} in ${italicRuns.join(', ')}`);
            assert.ok(!/\*(email|scanning|File)\*/.test(xml), 'no asterisk pair left in the Word text');
        });
    });
});
