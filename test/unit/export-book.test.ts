import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runCli } from '../../server/src/cli/sop-cli.js';

async function run(...argv: string[]) {
    let err = '';
    const code = await runCli(argv, { out: () => undefined, err: t => { err += t; }, env: { LANG: 'en_US.UTF-8' } });
    return { code, err };
}

function pdftotext(file: string, page: number): string {
    return spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' }).stdout;
}

describe('sop book', function () {
    this.timeout(300_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-book-'));

    it('cover, daftar isi with the right start pages, every SOP by number, page numbers at the foot', async function () {
        const out = path.join(dir, 'book.pdf');
        const r = await run('book', 'examples', '--out', out, '--quiet');
        assert.equal(r.code, 0, r.err);
        if (spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdfinfo']).status !== 0) this.skip();
        const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout)![1]);
        const cover = pdftotext(out, 1);
        assert.match(cover, /STANDAR OPERASIONAL PROSEDUR/);
        assert.match(cover, /2025/);
        const toc = pdftotext(out, 2);
        assert.match(toc, /DAFTAR ISI/);
        // Each row: "n. NOMOR  NAMA SOP  page"; the SOP's identity sheet must be on that page.
        const rows = [...toc.matchAll(/^\s*(\d+)\.\s+(SOP-\S+)\s+(.+?)\s+(\d+)\s*$/gm)];
        assert.equal(rows.length, 5);
        const numbers = rows.map(m => m[2]);
        assert.deepEqual(numbers, [...numbers].sort((a, b) => a.localeCompare(b, 'id', { numeric: true })), 'in the order of their numbers');
        for (const [, , number, , start] of rows) {
            const page = pdftotext(out, Number(start));
            assert.ok(page.includes(number), `${number} starts on page ${start}`);
            assert.match(page, new RegExp(`-\\s*${start}\\s*-\\s*$`), 'the book\'s page number at the foot');
        }
        assert.ok(Number(rows[4][4]) < pages);
    });

    it('writes no book (PDF or Word) when an SOP has errors, and asks for a .pdf or .docx --out', async () => {
        const folder = path.join(dir, 'broken');
        spawnSync('mkdir', ['-p', folder]);
        writeFileSync(path.join(folder, 'rusak.sop'), 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh b\n');
        const out = path.join(dir, 'never.pdf');
        assert.equal((await run('book', folder, '--out', out)).code, 1);
        assert.ok(!existsSync(out));
        assert.equal((await run('book', 'examples', '--out', path.join(dir, 'book.txt'))).code, 2);
        assert.equal((await run('book', folder, '--out', path.join(dir, 'never.docx'))).code, 1);
        assert.ok(!existsSync(path.join(dir, 'never.docx')));
    });

    it('Word: cover, daftar isi whose page fields LibreOffice fills with each SOP\'s first page, every SOP as a landscape section', async function () {
        const out = path.join(dir, 'book.docx');
        const r = await run('book', 'examples', '--out', out, '--title', 'Buku SOP Uji', '--quiet');
        assert.equal(r.code, 0, r.err);
        if (spawnSync('sh', ['-c', 'command -v unzip && command -v soffice && command -v pdftotext && command -v pdfinfo']).status !== 0) this.skip();
        const xml = spawnSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
        assert.equal((xml.match(/PAGEREF sop_\d+/g) ?? []).length, 5, 'one page field per SOP');
        assert.equal((xml.match(/<w:bookmarkStart [^>]*w:name="sop_\d+"/g) ?? []).length, 5);
        assert.equal((xml.match(/<w:sectPr/g) ?? []).length, 2 + 5, 'cover, daftar isi, one section per SOP');
        assert.equal((xml.match(/w:orient="landscape"/g) ?? []).length, 2 + 5);
        const lo = path.join(dir, 'lo');
        const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', lo, out], { encoding: 'utf8', timeout: 240_000 });
        assert.equal(converted.status, 0, converted.stderr);
        const pdf = path.join(lo, 'book.pdf');
        const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
        assert.match(pdftotext(pdf, 1), /BUKU SOP UJI/);
        const toc = pdftotext(pdf, 2);
        assert.match(toc, /DAFTAR ISI/);
        const rows = [...toc.matchAll(/^\s*(\d+)\.\s+(SOP-\S+)\s+(.+?)\s+(\d+)\s*$/gm)];
        assert.equal(rows.length, 5, toc);
        let previous = 2;
        for (const [, , number, , start] of rows) {
            assert.ok(Number(start) > previous, 'in page order');
            previous = Number(start);
            const page = pdftotext(pdf, Number(start));
            assert.ok(page.includes(`${number} ·`), `${number} starts on page ${start}`);
            assert.ok(!pdftotext(pdf, Number(start) - 1).includes(`${number} ·`), `${number} does not start before page ${start}`);
            assert.match(page, new RegExp(`-\\s*${start}\\s*-\\s*$`), 'the book\'s page number at the foot');
        }
        assert.ok(previous < pages);
    });
});
