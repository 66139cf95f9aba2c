/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createNonce, previewHtml } from '../../client/src/preview/preview-html.js';
import { completePages, type RenderSuccess } from '../../server/src/protocol/sop-protocol.js';
import { sourceLines, type HostToWebviewMessage, type PreviewStrings, type WebviewToHostMessage } from '../../server/src/protocol/webview-protocol.js';
import { renderResultOf, type RenderRequestOptions } from '../../server/src/requests/render-result.js';
import { createTestServices } from '../support/sop-test-services.js';

/** A fake webview origin: requests to it are answered by the test, nothing goes to the network. */
export const ORIGIN = 'https://sop-webview.test';

export const STRINGS_ID: PreviewStrings = {
    toolbar: 'Bilah alat pratinjau', zoomIn: 'Perbesar (+)', zoomOut: 'Perkecil (-)', zoomFit: 'Sesuaikan lebar (0)', paper: 'Kertas',
    exportSvg: 'Ekspor sebagai SVG', modePages: 'Halaman', modeContinuous: 'Bersambung', locked: 'Terkunci pada berkas ini', following: 'Mengikuti editor aktif',
    pageIndicator: 'Halaman {0} / {1}', errorBanner: 'Baris {0}, kolom {1}: {2}', errorCount: '{0} kesalahan; yang pertama: ', goToError: 'Buka letak kesalahan',
    stepLabel: 'Langkah {0}: {1}', requirements: 'Kelengkapan', duration: 'Waktu', output: 'Output',
    empty: 'Menunggu server bahasa…', pages: 'Halaman SOP',
};

/** Records what the webview posts and any CSP violation, before the page's own scripts run. */
const FAKE_VSCODE_API = `
window.__posted = [];
window.__violations = [];
window.__state = undefined;
window.acquireVsCodeApi = () => ({
    postMessage: message => window.__posted.push(message),
    getState: () => window.__state,
    setState: state => { window.__state = state; return state; },
});
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

/** Renders a `.sop` file in-process exactly as the server's `sop/render` does. */
export async function renderFile(file: string, options: RenderRequestOptions = {}, text = readFileSync(file, 'utf8')): Promise<RenderSuccess> {
    const services = createTestServices();
    const document = await services.validate(text, `file://${path.resolve(file)}`);
    const result = renderResultOf(document, services.Sop, options);
    if (result.status !== 'ok') throw new Error(`${file} does not render: ${result.firstError.message}`);
    return result;
}

export function renderMessage(result: RenderSuccess, version = 1): HostToWebviewMessage {
    return {
        type: 'render', version, uri: result.uri, title: result.title, paper: result.paper, pages: completePages(result.pages) ?? [], steps: result.steps,
        lines: sourceLines(result.stepRanges, result.identityLines),
        ...(result.zoom !== undefined ? { continuousZoom: result.zoom } : {}),
        ...(result.errors ? { errors: { count: result.errors.count, message: result.errors.first.message, line: result.errors.first.range.start.line + 1, column: result.errors.first.range.start.character + 1 } } : {}),
    };
}

/**
 * A browser tab that serves the real preview page (template, CSP, bundle, stylesheet) under the
 * fake webview origin. Creating a tab is slow, so tests share one and reload it with `loadPreview`.
 * `bundle`: another folder holding preview.js and preview.css (the benchmark compares builds).
 */
export async function createPreviewTab(browser: Browser, options: { viewport?: { width: number; height: number }; bundle?: string } = {}): Promise<Page> {
    const bundle = path.resolve(options.bundle ?? 'out/webview');
    if (!existsSync(path.join(bundle, 'preview.js'))) throw new Error(`${bundle}/preview.js is missing: run \`npm run bundle\` first`);
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1100, height: 760 } });
    await page.addInitScript(FAKE_VSCODE_API);
    await page.route(`${ORIGIN}/**`, route => {
        const url = new URL(route.request().url());
        if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: pageHtml() });
        const file = path.join(bundle, path.basename(url.pathname));
        if (!url.pathname.startsWith('/out/webview/') || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
    });
    return page;
}

/** A fresh page load (new nonce, empty state), optionally in a dark theme; resolves once the webview is ready. */
export async function loadPreview(page: Page, theme: 'light' | 'dark' = 'light'): Promise<Page> {
    await page.goto(`${ORIGIN}/index.html`);
    if (theme === 'dark') await applyDarkTheme(page);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    return page;
}

function pageHtml(): string {
    return previewHtml({
        cspSource: ORIGIN, nonce: createNonce(), lang: 'id', title: 'Pratinjau: surat-masuk.sop', strings: STRINGS_ID,
        scriptUri: `${ORIGIN}/out/webview/preview.js`, styleUri: `${ORIGIN}/out/webview/preview.css`,
    });
}

/** What VS Code does for a dark theme: a body class and the theme's colours as CSS variables. */
async function applyDarkTheme(page: Page): Promise<void> {
    await page.evaluate(() => {
        document.body.classList.add('vscode-dark');
        const vars: Record<string, string> = {
            '--vscode-foreground': '#cccccc', '--vscode-editor-background': '#1e1e1e', '--vscode-editorWidget-background': '#252526',
            '--vscode-panel-border': '#80808059', '--vscode-button-secondaryBackground': '#3a3d41', '--vscode-button-secondaryForeground': '#cccccc',
            '--vscode-dropdown-background': '#3c3c3c', '--vscode-dropdown-foreground': '#f0f0f0', '--vscode-dropdown-border': '#3c3c3c',
            '--vscode-descriptionForeground': '#ccccccb3', '--vscode-inputValidation-errorBackground': '#5a1d1d',
            '--vscode-inputValidation-errorBorder': '#be1100', '--vscode-textLink-foreground': '#3794ff',
            '--vscode-editorHoverWidget-background': '#252526', '--vscode-editorHoverWidget-foreground': '#cccccc', '--vscode-editorHoverWidget-border': '#454545',
        };
        for (const [name, value] of Object.entries(vars)) document.documentElement.style.setProperty(name, value);
    });
}

export async function post(page: Page, message: HostToWebviewMessage): Promise<void> {
    await page.evaluate(m => window.postMessage(m, '*'), message);
}

/** Posts and waits until the webview has applied the update (its counter moved). */
export async function postUpdate(page: Page, message: HostToWebviewMessage): Promise<void> {
    const before = await page.evaluate(() => Number(document.body.dataset.version));
    await post(page, message);
    await page.waitForFunction(v => Number(document.body.dataset.version) > v, before);
}

export function posted(page: Page): Promise<WebviewToHostMessage[]> {
    return page.evaluate(() => (window as unknown as { __posted: WebviewToHostMessage[] }).__posted);
}

export function violations(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}
