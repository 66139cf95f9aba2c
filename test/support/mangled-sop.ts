import { readFileSync } from 'node:fs';
import { prng } from './prng.js';

const FRAGMENTS = ['a', 'e', 'ng', ' ', '\n', '"', 'oleh ', 'ke ', 'ya ', 'waktu 5 menit', 'langkah ', 'keputusan ', '-', ',', 'é', '\t', '// x\n'];

/**
 * A half-typed SOP: `base` (by default the five examples, one after another) after `edits` random
 * keystroke-sized inserts and deletes, as the long editing session makes them. Such texts have
 * hundreds of syntax errors, the worst case for the parser's error recovery.
 */
export function mangledSop(seed: number, edits: number, base = readFileSync('examples/surat-masuk.sop', 'utf8').repeat(6)): string {
    const random = prng(seed);
    let text = base;
    for (let k = 0; k < edits; k++) {
        const offset = Math.floor(random() * (text.length + 1));
        const roll = random();
        const deleteLength = roll < 0.35 ? 1 + Math.floor(random() * 40) : 0;
        const insert = roll > 0.35 ? FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] : '';
        text = text.slice(0, offset) + insert + text.slice(offset + deleteLength);
    }
    return text;
}
