// Opt-in evaluation of `sop import` on real documents that may not be committed (e.g. the signed
// SOP-AP PDFs of ocidserver/openSOP, internal-use licence):
//   node --import tsx --import ./polyfill-groupby.mjs scripts/import-eval.ts <folder> <answers.json>
// answers.json is kept outside the repository, hand-checked per file (path relative to <folder>):
//   { "dinas-a/sop-01.pdf": { "rows": 8, "actors": 4, "symbols": 11, "arrows": 10, "identity": 6 } }
// It prints, per file and in total, what the import recovered against the answer (counts only: a
// count can match while an element is wrong, so look at the rendered result beside the original),
// the `// IMPORT:` guesses left for a person, and what it found beyond the answer (`extra`: a count
// above the answer is not a recovery, and the total counts at most the answer).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importDocument } from '../server/src/import/import-document.js';
import type { DraftDocument } from '../server/src/import/import-draft.js';

type Figures = { rows: number; actors: number; symbols: number; arrows: number; identity: number };
const KEYS: Array<keyof Figures> = ['rows', 'actors', 'symbols', 'arrows', 'identity'];

function identityCount(d: DraftDocument): number {
    const id = d.identity;
    return [id.title, id.number, id.createdOn, id.effectiveOn, id.approverName, id.institution.length > 0 ? 'x' : undefined].filter(Boolean).length;
}

async function main(): Promise<void> {
    const [folder, answersFile] = process.argv.slice(2);
    if (!folder || !answersFile) throw new Error('usage: import-eval.ts <folder> <answers.json>');
    const answers = JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, Figures>;
    const total = { got: { rows: 0, actors: 0, symbols: 0, arrows: 0, identity: 0 }, want: { rows: 0, actors: 0, symbols: 0, arrows: 0, identity: 0 }, guesses: 0, extra: 0 };
    console.log(['file', ...KEYS, 'guesses', 'extra'].join('\t'));
    for (const [file, want] of Object.entries(answers)) {
        try {
            const r = await importDocument(readFileSync(path.join(folder, file)));
            const got: Figures = { ...r.summary, identity: identityCount(r.draft) };
            for (const k of KEYS) { total.got[k] += Math.min(got[k], want[k]); total.want[k] += want[k]; }
            total.guesses += r.summary.guesses;
            const extra = KEYS.filter(k => got[k] > want[k]).map(k => `${k} +${got[k] - want[k]}`);
            total.extra += KEYS.reduce((n, k) => n + Math.max(0, got[k] - want[k]), 0);
            console.log([file, ...KEYS.map(k => `${got[k]}/${want[k]}`), r.summary.guesses, extra.join(' ')].join('\t'));
        } catch (e) {
            for (const k of KEYS) total.want[k] += want[k];
            console.log(`${file}\tfailed: ${(e as Error).message}`);
        }
    }
    console.log(['total', ...KEYS.map(k => `${total.got[k]}/${total.want[k]}`), total.guesses, total.extra].join('\t'));
}

void main();
