/**
 * Every example exported to every format, each checked by a tool that did not write it: poppler's
 * pdfinfo/pdffonts/pdftotext for PDF, LibreOffice for Word, the PNG header, the HTML and Mermaid text.
 * Tools that are not installed skip their checks (CI installs them: .ci/run).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { before, describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';
import { exportSop } from '../../server/src/export/export-document.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop, type RenderedDocument } from '../../server/src/render/index.js';
import { needs, tool, squash } from '../support/external-tools.js';

const EXAMPLES = readdirSync('examples').filter(f => f.endsWith('.sop')).sort();
const dir = mkdtempSync(path.join(tmpdir(), 'sop-export-'));

function unescapeXml(text: string): string {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
}

/** The text lines the renderer drew on a page: one `<text>` element per line. */
function svgLines(svg: string): string[] {
    return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map(m => unescapeXml(m[1])).filter(l => l.trim() !== '');
}

interface Loaded { name: string; model: SopDocument; rendered: RenderedDocument }

describe('exports: every example in every format, checked by independent tools', function () {
    this.timeout(600_000);
    const loaded: Loaded[] = [];

    before(async () => {
        const ws = new CliWorkspace('id');
        const docs = await ws.load(EXAMPLES.map(f => path.resolve('examples', f)));
        docs.forEach((doc, i) => {
            const model = ws.services.model.ModelBuilder.build(doc);
            loaded.push({ name: EXAMPLES[i].replace(/\.sop$/, ''), model, rendered: renderSop(model) });
        });
    });

    it('PDF: one page per rendered page, landscape paper, fonts embedded, metadata, every line of text as drawn', async function () {
        if (!needs(this, 'pdfinfo', 'pdftotext', 'pdffonts')) return;
        for (const { name, model, rendered } of loaded) {
            const artifact = await exportSop(model, rendered, 'pdf');
            assert.equal(artifact.kind, 'file');
            const file = path.join(dir, `${name}.pdf`);
            writeFileSync(file, artifact.kind === 'file' ? artifact.data : '');
            const info = tool('pdfinfo', file);
            assert.match(info, new RegExp(`Pages:\\s+${rendered.pages.length}\\n`), name);
            const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
            assert.ok(Number(w) > Number(h), `${name}: landscape`);
            assert.equal(Math.round(Number(w)), Math.round(rendered.layout.pages[0].width * 0.75));
            assert.match(info, new RegExp(`Title:\\s+${model.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
            if (model.identity.number) assert.ok(info.includes(`Subject:         ${model.identity.number}`), `${name}: subject`);
            const fonts = tool('pdffonts', file).split('\n').slice(2).filter(Boolean);
            assert.ok(fonts.length >= 1 && fonts.every(l => / yes yes yes /.test(l)), `${name}: fonts embedded, subset, with Unicode maps\n${fonts.join('\n')}`);
            const all = squash(tool('pdftotext', file, '-'));
            for (const step of model.steps) assert.ok(all.includes(squash(step.activity)), `${name}: kegiatan ${step.number} searchable`);
            // Same line breaks as the preview: every line the renderer drew is one run of text in the PDF page.
            rendered.pages.forEach((page, i) => {
                const text = tool('pdftotext', '-f', String(i + 1), '-l', String(i + 1), '-raw', file, '-').replace(/\s+/g, ' ');
                for (const line of svgLines(page.svg)) assert.ok(text.includes(line.replace(/\s+/g, ' ').trim()), `${name} page ${i + 1}: line "${line}"`);
            });
        }
    });

    it('Word: landscape section, real tables with repeated header rows and editable kegiatan text', async () => {
        for (const { name, model, rendered } of loaded) {
            const artifact = await exportSop(model, rendered, 'docx');
            assert.equal(artifact.kind, 'file');
            const data = artifact.kind === 'file' ? artifact.data : new Uint8Array();
            writeFileSync(path.join(dir, `${name}.docx`), data);
            const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
            assert.match(xml, /w:orient="landscape"/, name);
            const flowchartPages = rendered.layout.pages.filter(p => p.kind === 'flowchart').length;
            assert.equal((xml.match(/<w:tblHeader\/>/g) ?? []).length, 2 * flowchartPages, `${name}: two header rows per flowchart table`);
            const words = squash(unescapeXml(xml.replace(/<[^>]+>/g, '')));
            for (const step of model.steps) assert.ok(words.includes(squash(step.activity)), `${name}: kegiatan ${step.number} as text`);
            for (const actor of model.actors) assert.ok(words.includes(squash(actor.label)), `${name}: actor ${actor.label}`);
        }
    });

    it('Word opens in LibreOffice with as many pages as the PDF', function () {
        if (!needs(this, 'soffice', 'pdfinfo')) return;
        const name = 'surat-masuk';
        const out = path.join(dir, 'lo');
        tool('soffice', '--headless', '--convert-to', 'pdf', '--outdir', out, path.join(dir, `${name}.docx`));
        const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf))![1]);
        const expected = loaded.find(l => l.name === name)!.rendered.pages.length;
        assert.equal(pages(path.join(out, `${name}.pdf`)), expected);
        const text = squash(tool('pdftotext', path.join(out, `${name}.pdf`), '-'));
        for (const step of loaded.find(l => l.name === name)!.model.steps) assert.ok(text.includes(squash(step.activity)), `kegiatan ${step.number}`);
    });

    it('PNG: one image per page at the paper size and 150 dpi', async () => {
        const { model, rendered } = loaded.find(l => l.name === 'surat-masuk')!;
        const artifact = await exportSop(model, rendered, 'png');
        assert.equal(artifact.kind, 'pages');
        if (artifact.kind !== 'pages') return;
        assert.equal(artifact.pages.length, rendered.pages.length);
        for (const page of artifact.pages) {
            const png = Buffer.from(page.data as Uint8Array);
            assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
            const width = png.readUInt32BE(16);
            const height = png.readUInt32BE(20);
            assert.equal(width, Math.round(297 / 25.4 * 150));
            assert.equal(height, Math.round(210 / 25.4 * 150));
        }
    });

    it('HTML: self-contained, one section per page, unique ids, print CSS with the paper size, no script', async () => {
        for (const { name, model, rendered } of loaded) {
            const artifact = await exportSop(model, rendered, 'html');
            const html = String(artifact.kind === 'file' ? artifact.data : '');
            assert.equal((html.match(/<section class="page"/g) ?? []).length, rendered.pages.length, name);
            assert.match(html, /@page \{ size: \d+(\.\d)?mm \d+(\.\d)?mm; margin: 0; \}/);
            assert.match(html, /@font-face \{ font-family: 'Liberation Sans'; font-weight: normal; src: url\(data:font\/ttf;base64,/);
            assert.doesNotMatch(html, /<script|src="http|href="http/i);
            const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map(m => m[1]);
            assert.equal(new Set(ids).size, ids.length, `${name}: ids unique`);
        }
    });

    it('Mermaid: a well-formed flowchart with every step, every edge and its label', async () => {
        for (const { name, model, rendered } of loaded) {
            const artifact = await exportSop(model, rendered, 'mermaid');
            const text = String(artifact.kind === 'file' ? artifact.data : '');
            checkMermaid(text, name);
            for (const step of model.steps) assert.match(text, new RegExp(`\\bS${step.number}[\\[({]`), `${name}: step ${step.number}`);
            for (const edge of model.edges) assert.ok(text.includes(`S${edge.from} -->`) && text.includes(` S${edge.to}\n`), `${name}: edge ${edge.from}→${edge.to}`);
        }
    });
});

/**
 * A structural check of the Mermaid text (@mermaid-js/parser has no flowchart grammar yet): front
 * matter, `flowchart TD`, balanced subgraphs, quoted labels without raw quotes, edges between declared nodes.
 */
function checkMermaid(text: string, name: string): void {
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], '---');
    assert.match(lines[1], /^title: ".*"$/);
    assert.equal(lines[2], '---');
    assert.equal(lines[3], 'flowchart TD');
    const declared = new Set<string>();
    let depth = 0;
    for (const line of lines.slice(4)) {
        const t = line.trim();
        let m: RegExpExecArray | null;
        if ((m = /^subgraph A\d+\["[^"]*"\]$/.exec(t))) depth++;
        else if (t === 'end') depth--;
        else if ((m = /^(S\d+)(\(\["[^"]*"\]\)|\["[^"]*"\]|\{"[^"]*"\})$/.exec(t))) declared.add(m[1]);
        else if ((m = /^(S\d+) -->(\|"[^"]*"\|)? (S\d+)$/.exec(t))) assert.ok(declared.has(m[1]) && declared.has(m[3]), `${name}: edge between declared nodes: ${t}`);
        else assert.fail(`${name}: not Mermaid flowchart syntax: ${t}`);
        assert.ok(depth >= 0 && depth <= 1, `${name}: subgraphs balanced`);
    }
    assert.equal(depth, 0);
}
