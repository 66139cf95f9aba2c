/**
 * `npm run screenshots`: renders every example's pages with the SOP renderer, rasterises them in
 * headless Chromium and writes PNGs to docs/ (or the folder given as the first argument).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CliWorkspace } from '../server/src/cli/cli-workspace.js';
import { renderSop } from '../server/src/render/index.js';
import { findChromium, launchChromium, NO_CHROMIUM } from '../test/support/chromium.js';

const outDir = path.resolve(process.argv[2] ?? 'docs');
const scale = Number(process.env.SCREENSHOT_SCALE ?? '1.25');
const only = process.env.SCREENSHOT_ONLY;
mkdirSync(outDir, { recursive: true });

const files = readdirSync('examples').filter(f => f.endsWith('.sop') && (!only || f.startsWith(only))).map(f => path.resolve('examples', f)).sort();
const workspace = new CliWorkspace('id');
const docs = await workspace.load(files);
const found = await findChromium();
if (!found) throw new Error(NO_CHROMIUM);
const browser = await launchChromium(found);
try {
    for (let i = 0; i < files.length; i++) {
        const name = path.basename(files[i], '.sop');
        const rendered = renderSop(workspace.services.model.ModelBuilder.build(docs[i]));
        let flow = 0;
        for (const page of rendered.pages) {
            const layout = rendered.layout.pages[page.number - 1];
            const tab = await browser.newPage({ viewport: { width: Math.ceil(layout.width), height: Math.ceil(layout.height) }, deviceScaleFactor: scale });
            const svg = page.svg.replace(/ width="[\d.]+mm" height="[\d.]+mm"/, ` width="${layout.width}" height="${layout.height}"`);
            await tab.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
            const suffix = page.kind === 'identity' ? (page.number === 1 ? 'identity' : `identity-${page.number}`) : `flowchart-${++flow}`;
            const file = path.join(outDir, `${name}-${suffix}.png`);
            writeFileSync(file, await tab.screenshot({ type: 'png' }));
            await tab.close();
            console.log(`wrote ${path.relative(process.cwd(), file)}`);
        }
    }
} finally {
    await browser.close();
}
