/**
 * `node --import tsx scripts/make-icon.ts`: rasterises media/icon.svg to the 128×128 media/icon.png
 * the extension's marketplace page shows, in headless Chromium (found as the browser tests find it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { findChromium, launchChromium, NO_CHROMIUM } from '../test/support/chromium.js';

const found = await findChromium();
if (!found) throw new Error(NO_CHROMIUM);
const browser = await launchChromium(found);
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${readFileSync('media/icon.svg', 'utf8')}</body></html>`);
    writeFileSync('media/icon.png', await page.locator('svg').screenshot({ type: 'png', omitBackground: true }));
    console.log('wrote media/icon.png');
} finally {
    await browser.close();
}
