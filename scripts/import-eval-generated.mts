// Recovery figures of `sop import` over 50 generated documents (test/support/import-random-spec.ts), Word and PDF:
//   node --import tsx --import ./polyfill-groupby.mjs scripts/import-eval-generated.mts
// Prints the arrows each PDF missed, then per format [rows, of, symbols, of, arrows, of, actors, of].
import { randomSpec } from '../test/support/import-random-spec.js';
import { makeDocx } from '../test/support/docx-fixture.js';
import { makePdf } from '../test/support/pdf-fixture.js';
import { importDocument } from '../server/src/import/import-document.js';
const tally: Record<string, number[]> = { docx: [0, 0, 0, 0, 0, 0, 0, 0], pdf: [0, 0, 0, 0, 0, 0, 0, 0] };
for (let seed = 1; seed <= 50; seed++) {
    const spec = randomSpec(seed);
    for (const [ext, bytes] of [['docx', makeDocx(spec)], ['pdf', await makePdf(spec)]] as const) {
        const r = await importDocument(bytes);
        const symW = spec.rows.flatMap((row, i) => row.symbols.map(s => `${i}:${s.actor}:${s.kind}`));
        const symG = r.draft.rows.flatMap((row, i) => row.symbols.map(s => `${i}:${s.actor}:${s.kind}`));
        const key = (rows: any[], a: any) => `${a.from[0]}.${rows[a.from[0]].symbols[a.from[1]].actor}>${a.to[0]}.${rows[a.to[0]].symbols[a.to[1]].actor} ${a.label ?? ''}`;
        const arW = spec.arrows.map(a => key(spec.rows, a));
        const arG = new Set(r.draft.arrows.map(a => key(r.draft.rows, a)));
        const t = tally[ext];
        t[0] += Math.min(r.draft.rows.length, spec.rows.length); t[1] += spec.rows.length;
        t[2] += symW.filter(s => symG.includes(s)).length; t[3] += symW.length;
        t[4] += arW.filter(a => arG.has(a)).length; t[5] += arW.length;
        t[6] += r.draft.actors.filter((a, i) => a.label === spec.actors[i]).length; t[7] += spec.actors.length;
        if (arW.some(a => !arG.has(a))) console.log(ext, seed, 'missing', arW.filter(a => !arG.has(a)), 'extra', [...arG].filter(a => !arW.includes(a)));
    }
}
console.log(JSON.stringify(tally));
