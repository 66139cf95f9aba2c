/**
 * Side by side in the same run: our renderer against Mermaid 12 drawing the equivalent flowchart
 * (our own `sop export --format mermaid` text) for realistic SOPs of 50 and 200 steps.
 * - SVG production: ours is `renderSop` in Node with its caches emptied before each run (the
 *   figure compared; the warm repeat is printed beside it); Mermaid's is `mermaid.render()` in Chromium
 *   (it needs a DOM to measure its labels), timed inside the page with performance.now().
 * - Laid out in the page: ours is `renderSop` plus what the live preview does with the pages: the
 *   real webview (out/webview: its page, CSP, bundle and stylesheet, as the browser tests load it) is
 *   sent the `render` message of a file it does not show yet, and the time runs, inside the page, from
 *   posting the message until the webview has applied it (its `data-version` moved) and layout is done
 *   (the rectangle of every page read back). Mermaid's is its render plus inserting its SVG and forcing
 *   layout. Also: an edit that changes one page in view (the update the preview gets per keystroke).
 *   `--webview DIR` measures another build of the webview (e.g. an older commit's, for before/after).
 * Chromium comes from the tests' finder (CHROME_PATH, the system, @sparticuz/chromium); without
 * one the suite prints one "skipped" line. Issue 15: at 200 steps, aim for 30x once laid out.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { loadavg } from 'node:os';
import { EmptyFileSystem, URI } from 'langium';
import type { Browser, Page } from 'playwright-core';
import type { LangiumDocument } from 'langium';
import type { Sop } from '../server/src/language/generated/ast.js';
import { createSopServices, type SopServices } from '../server/src/language/sop-module.js';
import type { SopDocument } from '../server/src/model/sop-document.js';
import { renderSop } from '../server/src/render/index.js';
import type { RenderedPage } from '../server/src/render/render-types.js';
import { writeMermaid } from '../server/src/export/mermaid-export.js';
import { clearRoutedPages } from '../server/src/render/routing-requests.js';
import { clearWrappedRows } from '../server/src/render/table-measure.js';
import { renderResultOf } from '../server/src/requests/render-result.js';
import type { RenderMessage } from '../server/src/protocol/webview-protocol.js';
import { findChromium, launchChromium, NO_CHROMIUM } from '../test/support/chromium.js';
import { createPreviewTab, loadPreview, post, renderMessage, STRINGS_ID } from '../test/browser/preview-webview-page.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
import { medianMs, report, heading } from './bench-util.js';

const OURS_RUNS = 15;
const PAGE_RUNS = 7;
const MERMAID_RUNS: Record<number, number> = { 50: 7, 200: 5 };
const VIEWPORT = { width: 1280, height: 900 };

interface InPage { median: number; p95: number; runs: number; bytes?: number }

declare const mermaid: {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string): Promise<{ svg: string }>;
};

export async function benchMermaid(): Promise<void> {
    heading(`# mermaid: ours vs Mermaid 12 (mermaid.render in Chromium) on the same flowchart, realistic SOPs (load ${loadavg()[0].toFixed(1)})`);
    let browser: Browser;
    try {
        const found = await findChromium();
        if (!found) return skipped(NO_CHROMIUM);
        browser = await launchChromium(found);
    } catch (e) {
        return skipped(`no Chromium: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    const { shared, Sop: sop } = createSopServices(EmptyFileSystem);
    try {
        const page = await browser.newPage({ viewport: VIEWPORT });
        await page.route('**/*', route => route.abort());
        await page.setContent('<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0} section{display:block}</style></head><body><div id="out"></div></body></html>');
        await page.addScriptTag({ path: mermaidBundle() });
        await page.evaluate(() => mermaid.initialize({ startOnLoad: false, maxTextSize: 10_000_000, maxEdges: 100_000 }));
        const preview = await createPreviewTab(browser, { viewport: VIEWPORT, bundle: webviewBundle() });
        await loadPreview(preview);
        await post(preview, { type: 'config', locked: false, strings: STRINGS_ID });
        const models = [];
        for (const steps of [50, 200]) {
            const doc = shared.workspace.LangiumDocumentFactory.fromString<Sop>(generateRealisticSop(steps, 5, `mermaid${steps}`), URI.parse(`memory:///mermaid-${steps}.sop`));
            shared.workspace.LangiumDocuments.addDocument(doc);
            await shared.workspace.DocumentBuilder.build([doc], { validation: true });
            models.push({ steps, model: sop.model.ModelBuilder.build(doc), message: previewMessage(doc, sop) });
        }
        // JIT warm-up: the first cold renders of a process take 3-10x longer than the later ones.
        for (let i = 0; i < 10; i++) for (const { model } of models) coldRender(model);
        for (const { steps, model, message } of models) await compare(page, preview, steps, model, writeMermaid(model), message);
    } finally {
        await browser.close();
    }
}

/** One line instead of the figures (a JSON line with `--json`); `npm run bench` goes on. */
function skipped(reason: string): void {
    if (process.argv.includes('--json')) console.log(JSON.stringify({ name: 'mermaid', skipped: reason }));
    else console.log(`skipped: ${reason}`);
}

/** Cold: Mermaid keeps nothing between renders, so neither do we (the render caches are emptied). */
function coldRender(model: SopDocument): RenderedPage[] {
    clearRoutedPages();
    clearWrappedRows();
    return renderSop(model).pages;
}

async function compare(page: Page, preview: Page, steps: number, model: SopDocument, text: string, message: RenderMessage): Promise<void> {
    const size = `${steps} steps`;
    let pages: RenderedPage[] = [];
    const ours = await medianMs(() => { pages = coldRender(model); }, OURS_RUNS, 3);
    const ourBytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.svg), 0);
    report(`ours, ${steps} steps: SVG (${pages.length} pages, Node, caches cold)`, ours, 'ms', '', { size, bytes: ourBytes });
    const warm = await medianMs(() => renderSop(model), OURS_RUNS, 1);
    report(`ours, ${steps} steps: SVG (Node, same model again, caches warm)`, warm, 'ms', '', { size });

    const runs = MERMAID_RUNS[steps];
    const theirs = await mermaidInPage(page, text, runs, false);
    report(`Mermaid, ${steps} steps: SVG (mermaid.render)`, theirs.median, 'ms', '', { size, p95Ms: theirs.p95, runs, bytes: theirs.bytes });
    report(`Mermaid / ours, ${steps} steps: SVG`, theirs.median / ours, 'x');
    report(`Mermaid / ours, ${steps} steps: SVG, ours with caches warm`, theirs.median / warm, 'x');

    const shown = await previewInPage(preview, message, 'open');
    const edited = await previewInPage(preview, message, 'edit');
    const theirsLaid = await mermaidInPage(page, text, runs, true);
    report(`ours, ${steps} steps: preview webview shows a new file (${shown.drawn}/${message.pages.length} pages drawn)`, shown.median, 'ms', '', { size, p95Ms: shown.p95, runs: PAGE_RUNS });
    report(`ours, ${steps} steps: preview webview, one page in view changed`, edited.median, 'ms', '', { size, p95Ms: edited.p95, runs: PAGE_RUNS });
    report(`Mermaid, ${steps} steps: render + insert + layout`, theirsLaid.median, 'ms', '', { size, p95Ms: theirsLaid.p95, runs });
    report(`Mermaid / ours, ${steps} steps: laid out (preview webview)`, theirsLaid.median / (ours + shown.median), 'x', steps === 200 ? '(aim 30x)' : '');
    report(`Mermaid / ours, ${steps} steps: laid out, ours warm`, theirsLaid.median / (warm + shown.median), 'x');
}

/** What `sop/render` answers for `doc`, as the preview panel posts it to the webview. */
function previewMessage(doc: LangiumDocument<Sop>, sop: SopServices): RenderMessage {
    const result = renderResultOf(doc, sop);
    if (result.status !== 'ok') throw new Error(`the benchmark SOP does not render: ${result.firstError.message}`);
    return renderMessage(result) as RenderMessage;
}

/** The webview bundle measured: `--webview DIR`, else out/webview. */
function webviewBundle(): string | undefined {
    const at = process.argv.indexOf('--webview');
    return at > 0 ? process.argv[at + 1] : undefined;
}

/** Mermaid's render (and, when `laidOut`, its SVG inserted and laid out), timed in the page. */
function mermaidInPage(page: Page, text: string, runs: number, laidOut: boolean): Promise<InPage> {
    return page.evaluate(async ({ text, runs, laidOut }) => {
        const out = document.getElementById('out')!;
        const times: number[] = [];
        let bytes = 0;
        for (let i = -1; i < runs; i++) {
            out.replaceChildren();
            void out.getBoundingClientRect();
            const start = performance.now();
            const { svg } = await mermaid.render(`m${laidOut ? 'l' : 'r'}${i + 1}`, text);
            if (laidOut) {
                out.innerHTML = svg;
                out.querySelectorAll('svg').forEach(e => void e.getBoundingClientRect());
            }
            if (i >= 0) times.push(performance.now() - start);
            bytes = svg.length;
        }
        out.replaceChildren();
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1], runs, bytes };
    }, { text, runs, laidOut });
}

/**
 * The real webview applying a `render` message, timed in the page from posting it to layout done.
 * `open`: a file the webview does not show yet (every page new; the uri changes per run). `edit`: the
 * file it shows, with one page in view changed (the second: the first flowchart page).
 */
function previewInPage(page: Page, message: RenderMessage, mode: 'open' | 'edit'): Promise<InPage & { drawn: number }> {
    return page.evaluate(async ({ message, mode, runs }) => {
        const times: number[] = [];
        const container = document.getElementById('sop-pages')!;
        for (let i = -1; i < runs; i++) {
            const version = Number(document.body.dataset.version ?? 0);
            const next = mode === 'open'
                ? { ...message, uri: `${message.uri}?open=${i}` }
                : { ...message, uri: `${message.uri}?edit`, pages: message.pages.map((p, n) => (n === 1 ? { ...p, svg: p.svg.replace('</svg>', `<rect x="${i + 2}" y="1" width="1" height="1"/></svg>`) } : p)) };
            const applied = new Promise<void>(resolve => {
                const observer = new MutationObserver(() => {
                    if (Number(document.body.dataset.version) > version) {
                        observer.disconnect();
                        resolve();
                    }
                });
                observer.observe(document.body, { attributes: true, attributeFilter: ['data-version'] });
            });
            container.scrollTop = 0;
            void container.getBoundingClientRect();
            const start = performance.now();
            window.postMessage(next, '*');
            await applied;
            container.querySelectorAll('section.sop-page').forEach(section => void section.getBoundingClientRect());
            if (i >= 0) times.push(performance.now() - start);
            // Work the webview leaves for idle time (the text of the pages not drawn) is not timed.
            await new Promise(resolve => setTimeout(resolve, 600));
        }
        times.sort((a, b) => a - b);
        const drawn = container.querySelectorAll('section.sop-page > svg').length;
        return { median: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1], runs, drawn };
    }, { message, mode, runs: PAGE_RUNS });
}

/** Mermaid's self-contained browser bundle (an IIFE defining `mermaid`), from node_modules. */
function mermaidBundle(): string {
    const pkg = createRequire(import.meta.url).resolve('mermaid/package.json');
    return path.join(path.dirname(pkg), 'dist', 'mermaid.min.js');
}
