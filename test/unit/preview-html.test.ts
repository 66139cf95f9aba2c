import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { createNonce, escapeHtml, previewCsp, previewHtml } from '../../client/src/preview/preview-html.js';
import { stepAt } from '../../client/src/preview/step-at.js';

const STRINGS = {
    toolbar: 'Bilah', zoomIn: 'Perbesar', zoomOut: 'Perkecil', zoomFit: 'Sesuaikan', paper: 'Kertas', exportSvg: 'Ekspor SVG',
    modePages: 'Halaman', modeContinuous: 'Bersambung', errorCount: '{0} kesalahan: ',
    locked: 'Terkunci', following: 'Mengikuti', pageIndicator: 'Halaman {0} / {1}', errorBanner: 'Baris {0}, kolom {1}: {2}',
    goToError: 'Buka', stepLabel: 'Langkah {0}: {1}', requirements: 'Kelengkapan', duration: 'Waktu', output: 'Output',
    empty: 'Menunggu', pages: 'Halaman SOP',
};
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function page(overrides: Partial<Parameters<typeof previewHtml>[0]> = {}) {
    const nonce = createNonce();
    const html = previewHtml({
        cspSource: CSP_SOURCE, nonce, lang: 'id', title: 'Pratinjau: surat.sop', strings: STRINGS,
        scriptUri: `${CSP_SOURCE}/ext/out/webview/preview.js`, styleUri: `${CSP_SOURCE}/ext/out/webview/preview.css`,
        ...overrides,
    });
    return { html, nonce };
}

describe('preview HTML and CSP', () => {
    it('declares the strict policy with a fresh nonce and nothing inline', () => {
        const { html, nonce } = page();
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
        assert.ok(csp, 'a CSP meta tag');
        assert.equal(csp, `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE}; script-src 'nonce-${nonce}'; font-src ${CSP_SOURCE}`);
        assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
        assert.doesNotMatch(html, /\sstyle=/i, 'no style attributes');
        assert.doesNotMatch(html, /<style/i, 'no style elements');
        assert.doesNotMatch(html, /\son\w+=/i, 'no inline event handlers');
    });

    it('loads every script with the nonce and every resource from the webview source', () => {
        const { html, nonce } = page();
        const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
        assert.equal(scripts.length, 1);
        assert.match(scripts[0][1], new RegExp(`nonce="${nonce.replace(/[+/]/g, c => `\\${c}`)}"`));
        assert.equal(scripts[0][2].trim(), '', 'no inline script body');
        for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) assert.ok(url.startsWith(`${CSP_SOURCE}/`), url);
    });

    it('creates a different 128-bit nonce each time', () => {
        const nonces = new Set(Array.from({ length: 50 }, createNonce));
        assert.equal(nonces.size, 50);
        for (const n of nonces) assert.equal(Buffer.from(n, 'base64').length, 16);
    });

    it('has the toolbar, banner and pages container of the DOM contract', () => {
        const { html } = page();
        for (const id of ['sop-toolbar', 'zoom-out', 'zoom-in', 'zoom-fit', 'paper-select', 'export-svg', 'lock-state', 'page-indicator', 'sop-pages', 'sop-error-banner', 'sop-error-link']) {
            assert.match(html, new RegExp(`id="${id}"`), id);
        }
        assert.match(html, /<div id="sop-error-banner" role="alert" hidden>/);
        for (const paper of ['A4', 'F4', 'Letter', 'Legal']) assert.match(html, new RegExp(`<option value="${paper}">`));
    });

    it('escapes the title and every localised string', () => {
        const hostile = '"><script>alert(1)</script>';
        const { html } = page({ title: hostile, strings: { ...STRINGS, zoomIn: hostile, pages: hostile } });
        assert.doesNotMatch(html, /<script>alert/);
        assert.match(html, /&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
        assert.equal(escapeHtml(`<a href='x'>&</a>`), '&#60;a href=&#39;x&#39;&#62;&#38;&#60;/a&#62;');
    });

    it('builds the policy from the webview source only', () => {
        assert.equal(previewCsp('vscode-webview://abc', 'N'),
            `default-src 'none'; img-src vscode-webview://abc data:; style-src vscode-webview://abc; script-src 'nonce-N'; font-src vscode-webview://abc`);
    });
});

describe('preview cursor-to-step mapping', () => {
    const ranges = {
        1: { start: { line: 2, character: 0 }, end: { line: 4, character: 10 } },
        2: { start: { line: 6, character: 4 }, end: { line: 6, character: 30 } },
    };

    it('finds the step whose declaration holds the cursor', () => {
        assert.equal(stepAt(ranges, { line: 2, character: 0 }), 1);
        assert.equal(stepAt(ranges, { line: 3, character: 99 }), 1);
        assert.equal(stepAt(ranges, { line: 4, character: 10 }), 1);
        assert.equal(stepAt(ranges, { line: 6, character: 5 }), 2);
    });

    it('answers null between and outside steps', () => {
        assert.equal(stepAt(ranges, { line: 5, character: 0 }), null);
        assert.equal(stepAt(ranges, { line: 6, character: 2 }), null);
        assert.equal(stepAt(ranges, { line: 0, character: 0 }), null);
        assert.equal(stepAt({}, { line: 3, character: 0 }), null);
    });
});
