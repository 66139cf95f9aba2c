// Round-trip figures of `sop import` on the project's own exports (issue 14): every example and
// real-pattern fixture is exported to PDF and Word, imported back and compared with its source.
//   node --import tsx --import ./polyfill-groupby.mjs scripts/import-round-trip.ts [--verbose] [--libreoffice] [name…]
// --libreoffice: our Word export re-saved by LibreOffice as Word and as PDF instead (needs soffice).
// Prints got/of per category and file, then totals per format.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, roundTripper, type RoundTripFormat } from '../test/support/import-round-trip.js';

const verbose = process.argv.includes('--verbose');
const only = process.argv.slice(2).filter(a => !a.startsWith('--'));
const files = ['examples', 'test/fixtures/real-patterns'].flatMap(d => readdirSync(d).filter(f => f.endsWith('.sop')).map(f => path.join(d, f)))
    .filter(f => only.length === 0 || only.some(o => f.includes(o)));
const run = roundTripper();
const formats: RoundTripFormat[] = process.argv.includes('--libreoffice') ? ['libreoffice-docx', 'libreoffice-pdf'] : ['pdf', 'docx'];
for (const format of formats) {
    const total = Object.fromEntries(CATEGORIES.map(c => [c, [0, 0]])) as Record<string, number[]>;
    console.log(['file', ...CATEGORIES, 'errors'].join('\t'));
    for (const file of files) {
        const r = await run(file, format);
        for (const c of CATEGORIES) { total[c][0] += r.figures[c].got; total[c][1] += r.figures[c].of; }
        console.log([`${path.basename(file)}.${format}`, ...CATEGORIES.map(c => `${r.figures[c].got}/${r.figures[c].of}`), r.errors.length].join('\t'));
        if (verbose) for (const c of CATEGORIES) if (r.figures[c].missing.length) console.log(`  ${c} missing`, r.figures[c].missing, 'extra', r.figures[c].extra);
        if (verbose && r.errors.length) console.log('  errors', r.errors);
    }
    console.log([`total ${format}`, ...CATEGORIES.map(c => `${total[c][0]}/${total[c][1]}`)].join('\t'));
}
