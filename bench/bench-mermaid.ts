/**
 * Side by side in the same run: our renderer against Mermaid 12 drawing the equivalent flowchart
 * (our own `sop export --format mermaid` text) for realistic SOPs of 50 and 200 steps.
 * - SVG production: ours is `renderSop` in Node with its caches emptied before each run (the
 *   figure compared; the warm repeat is printed beside it); Mermaid's is `mermaid.render()` in Chromium
 *   (it needs a DOM to measure its labels), timed inside the page with performance.now().
 * - Laid out in the page: ours is `renderSop` plus inserting every page's SVG into a Chromium page
 *   and forcing layout (the rectangle of every page read back); Mermaid's is its render plus
 *   inserting its SVG and forcing layout. Also: ours with every page inserted but styled
 *   `content-visibility: auto` (the browser skips laying out pages off screen), and ours with only
 *   the pages in view drawn, the others left as empty boxes of their size (a preview drawing on scroll).
 * Chromium comes from the tests' finder (CHROME_PATH, the system, @sparticuz/chromium); without
 * one the suite prints one "skipped" line. Issue 15: at 200 steps, aim for 30x once laid out.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { loadavg } from 'node:os';
import { EmptyFileSystem, URI } from 'langium';
import type { Browser, Page } from 'playwright-core';
import type { Sop } from '../server/src/language/generated/ast.js';
import { createSopServices } from '../server/src/language/sop-module.js';
import type { SopDocument } from '../server/src/model/sop-document.js';
import { renderSop } from '../server/src/render/index.js';
import type { RenderedPage } from '../server/src/render/render-types.js';
import { writeMermaid } from '../server/src/export/mermaid-export.js';
import { clearRoutedPages } from '../server/src/render/routing-requests.js';
import { clearWrappedRows } from '../server/src/render/table-measure.js';
import { findChromium, launchChromium, NO_CHROMIUM } from '../test/support/chromium.js';
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
        const models = [];
        for (const steps of [50, 200]) {
            const doc = shared.workspace.LangiumDocumentFactory.fromString<Sop>(generateRealisticSop(steps, 5, `mermaid${steps}`), URI.parse(`memory:///mermaid-${steps}.sop`));
            shared.workspace.LangiumDocuments.addDocument(doc);
            await shared.workspace.DocumentBuilder.build([doc], { validation: true });
            models.push({ steps, model: sop.model.ModelBuilder.build(doc) });
        }
        // JIT warm-up: the first cold renders of a process take 3-10x longer than the later ones.
        for (let i = 0; i < 10; i++) for (const { model } of models) coldRender(model);
        for (const { steps, model } of models) await compare(page, steps, model, writeMermaid(model));
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

async function compare(page: Page, steps: number, model: SopDocument, text: string): Promise<void> {
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

    const svgs = pages.map(p => p.svg);
    const allPages = await oursInPage(page, svgs, 'all');
    const visibility = await oursInPage(page, svgs, 'content-visibility');
    const inView = await oursInPage(page, svgs, 'in-view');
    const theirsLaid = await mermaidInPage(page, text, runs, true);
    report(`ours, ${steps} steps: insert all pages + layout (Chromium)`, allPages.median, 'ms', '', { size, p95Ms: allPages.p95, runs: PAGE_RUNS });
    report(`ours, ${steps} steps: insert all pages, content-visibility:auto`, visibility.median, 'ms', '', { size, p95Ms: visibility.p95, runs: PAGE_RUNS });
    report(`ours, ${steps} steps: insert pages in view + layout (Chromium)`, inView.median, 'ms', '', { size, p95Ms: inView.p95, runs: PAGE_RUNS });
    report(`Mermaid, ${steps} steps: render + insert + layout`, theirsLaid.median, 'ms', '', { size, p95Ms: theirsLaid.p95, runs });
    report(`Mermaid / ours, ${steps} steps: laid out, all pages`, theirsLaid.median / (ours + allPages.median), 'x', steps === 200 ? '(aim 30x)' : '');
    report(`Mermaid / ours, ${steps} steps: laid out, content-visibility`, theirsLaid.median / (ours + visibility.median), 'x');
    report(`Mermaid / ours, ${steps} steps: laid out, pages in view`, theirsLaid.median / (ours + inView.median), 'x', steps === 200 ? '(aim 30x)' : '');
    report(`Mermaid / ours, ${steps} steps: laid out, pages in view, ours warm`, theirsLaid.median / (warm + inView.median), 'x');
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
 * Our pages inserted and laid out, timed in the page. With `inViewOnly`, every page is a box of its
 * size (from the SVG's width/height) and only those meeting the viewport get their SVG.
 */
function oursInPage(page: Page, svgs: string[], mode: 'all' | 'content-visibility' | 'in-view'): Promise<InPage> {
    return page.evaluate(({ svgs, mode, runs }) => {
        const out = document.getElementById('out')!;
        const sizes = svgs.map(svg => {
            const head = svg.slice(0, svg.indexOf('>'));
            return { width: /\swidth="([^"]+)"/.exec(head)?.[1] ?? 'auto', height: /\sheight="([^"]+)"/.exec(head)?.[1] ?? 'auto' };
        });
        const times: number[] = [];
        for (let i = -1; i < runs; i++) {
            out.replaceChildren();
            void out.getBoundingClientRect();
            const start = performance.now();
            if (mode === 'all') {
                out.innerHTML = svgs.map(svg => `<section>${svg}</section>`).join('');
            } else if (mode === 'content-visibility') {
                // Every page parsed and inserted; the browser skips laying out those off screen.
                // (No named functions in here: tsx would wrap them in a `__name` helper the page lacks.)
                out.innerHTML = svgs.map((svg, n) => `<section style="content-visibility:auto;contain-intrinsic-size:${sizes[n].width} ${sizes[n].height}">${svg}</section>`).join('');
            } else {
                out.innerHTML = sizes.map(s => `<section style="width:${s.width};height:${s.height}"></section>`).join('');
                Array.from(out.children).forEach((section, n) => {
                    const box = section.getBoundingClientRect();
                    if (box.bottom > 0 && box.top < innerHeight) section.innerHTML = svgs[n];
                });
            }
            Array.from(out.children).forEach(section => void section.getBoundingClientRect());
            if (i >= 0) times.push(performance.now() - start);
        }
        out.replaceChildren();
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1], runs };
    }, { svgs, mode, runs: PAGE_RUNS });
}

/** Mermaid's self-contained browser bundle (an IIFE defining `mermaid`), from node_modules. */
function mermaidBundle(): string {
    const pkg = createRequire(import.meta.url).resolve('mermaid/package.json');
    return path.join(path.dirname(pkg), 'dist', 'mermaid.min.js');
}
