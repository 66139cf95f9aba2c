/**
 * Grammar-aware mutations of real `.sop` files: they work on tokens and clauses (lines) rather than
 * random bytes, so most mutants still parse far enough to reach validation, the model and the
 * renderer. A few work on bytes (invalid UTF-8) or on the whole text (BOM, CRLF).
 */
import { HOSTILE_PAYLOADS } from './fuzz-payloads.js';

export type Random = () => number;

/** A mutant: text, or bytes when the mutation left UTF-8 behind. */
export interface Mutant {
    text: string;
    bytes?: Uint8Array;
    steps: string[];
}

const TOKEN = /"(?:\\.|[^"\\\n])*"?|[\p{L}\p{N}_]+|\s+|[^]/gu;

const UNICODE = [
    'é', 'ñ', 'ß', 'İ', 'Ş', '😀', '👩‍👩‍👧', '\u202E', '\u202D', '\u2066', '\u200B', '\u200D', '\u0000', '\u0007', '\u001B[31m',
    '\u00A0', '\u3000', '漢字', 'e\u0301', '\uD800', '\uDFFF', '\uFEFF', '\u2028', '\u2029', '\u0085', 'ﷺ', 'ǅ', '\u{1D400}', 'Ω',
];
const QUOTES = ['"', '\\"', '"\\', '""', '"""', '\\', '"\n"', '\'', '“', '”'];
const NUMBERS = ['0', '00', '-1', '9'.repeat(25), '1'.repeat(400), '99999999999999999999.5', '1,5', '1.5.5', '2025-13-45', '0000-00-00', '9999-99-99', '1e309'];
const PUNCTUATION = ['-', ',', ',,', '/*', '*/', '//', '{', '}', '(', ')', ':', ';', '~', '.', 'x'];
const BAD_BYTES = [[0xff], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xfe, 0xff]];

export function pick<T>(random: Random, items: readonly T[]): T {
    return items[Math.floor(random() * items.length)];
}

function int(random: Random, max: number): number {
    return Math.floor(random() * max);
}

function tokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

function lines(text: string): string[] {
    return text.split('\n');
}

/** A long word: letters in consonant-vowel pairs (so syllable breaking has work to do) or one letter repeated. */
function longWord(random: Random): string {
    const length = pick(random, [200, 1000, 4000, 20000, 100000]);
    if (random() < 0.3) return pick(random, ['a', 'W', 'é', '漢', '/']).repeat(length);
    const syllables = ['ba', 'ka', 'ng', 'nya', 'tra', 'si', 'au', 'kh', 'str', 'oi', 'e', '-', '/'];
    let word = '';
    while (word.length < length) word += pick(random, syllables);
    return word;
}

type TextMutation = (text: string, random: Random, keywords: readonly string[]) => string;

const onTokens = (f: (ts: string[], random: Random, keywords: readonly string[]) => void): TextMutation => (text, random, keywords) => {
    const ts = tokens(text);
    if (ts.length === 0) return text;
    f(ts, random, keywords);
    return ts.join('');
};

const onLines = (f: (ls: string[], random: Random) => void): TextMutation => (text, random) => {
    const ls = lines(text);
    f(ls, random);
    return ls.join('\n');
};

/** Replaces the content of a random quoted string (or appends a `keterangan` when there is none). */
const intoString = (content: (random: Random) => string): TextMutation => onTokens((ts, random) => {
    const strings = ts.map((t, i) => (t.startsWith('"') ? i : -1)).filter(i => i >= 0);
    const value = content(random).replace(/["\\]/g, m => `\\${m}`).replace(/\n/g, ' ');
    if (strings.length === 0) ts.push(` keterangan "${value}"`);
    else ts[pick(random, strings)] = `"${value}"`;
});

const MUTATIONS: Record<string, TextMutation> = {
    deleteToken: onTokens((ts, random) => { ts.splice(int(random, ts.length), 1); }),
    duplicateToken: onTokens((ts, random) => { const i = int(random, ts.length); ts.splice(i, 0, ts[i]); }),
    swapTokens: onTokens((ts, random) => {
        const i = int(random, ts.length);
        const j = int(random, ts.length);
        [ts[i], ts[j]] = [ts[j], ts[i]];
    }),
    injectKeyword: onTokens((ts, random, keywords) => { ts.splice(int(random, ts.length + 1), 0, ` ${pick(random, keywords)} `); }),
    injectUnicode: onTokens((ts, random) => { ts.splice(int(random, ts.length + 1), 0, pick(random, UNICODE)); }),
    injectQuote: onTokens((ts, random) => { ts.splice(int(random, ts.length + 1), 0, pick(random, QUOTES)); }),
    injectPunctuation: onTokens((ts, random) => { ts.splice(int(random, ts.length + 1), 0, pick(random, PUNCTUATION)); }),
    hugeNumber: onTokens((ts, random) => {
        const numbers = ts.map((t, i) => (/^\d/.test(t) ? i : -1)).filter(i => i >= 0);
        const at = numbers.length > 0 ? pick(random, numbers) : int(random, ts.length);
        ts[at] = pick(random, NUMBERS);
    }),
    unicodeInName: onTokens((ts, random) => {
        const words = ts.map((t, i) => (/^[\p{L}_]/u.test(t) ? i : -1)).filter(i => i >= 0);
        if (words.length === 0) return;
        const i = pick(random, words);
        ts[i] = ts[i] + pick(random, ['é', 'ñ', 'ü', 'Ş', 'ß', '漢', 'ǅ', '١']);
    }),
    longWord: intoString(longWord),
    payload: intoString(random => pick(random, HOSTILE_PAYLOADS)),
    identityPayload: onLines((ls, random) => {
        const value = pick(random, HOSTILE_PAYLOADS).replace(/["\\]/g, m => `\\${m}`);
        ls.splice(int(random, ls.length + 1), 0, pick(random, [`logo "${value}"`, `disahkan oleh nip "${value}"`, `nomor "${value}"`]));
    }),
    deleteLine: onLines((ls, random) => { ls.splice(int(random, ls.length), 1); }),
    duplicateLine: onLines((ls, random) => { const i = int(random, ls.length); ls.splice(int(random, ls.length), 0, ls[i]); }),
    swapLines: onLines((ls, random) => {
        const i = int(random, ls.length);
        const j = int(random, ls.length);
        [ls[i], ls[j]] = [ls[j], ls[i]];
    }),
    duplicateBlock: onLines((ls, random) => {
        const start = int(random, ls.length);
        const block = ls.slice(start, start + 1 + int(random, 8));
        const times = random() < 0.1 ? 20 : 1;
        for (let k = 0; k < times; k++) ls.splice(int(random, ls.length + 1), 0, ...block);
    }),
    deleteRange: (text, random) => {
        const at = int(random, text.length + 1);
        return text.slice(0, at) + text.slice(at + 1 + int(random, 60));
    },
    truncate: (text, random) => {
        const every = pick(random, [1, 7, 31, 151]);
        return text.slice(0, Math.floor(int(random, text.length + 1) / every) * every);
    },
    crlf: text => text.replace(/\n/g, '\r\n'),
    loneCr: text => text.replace(/\n/g, '\r'),
    bom: text => `\uFEFF${text}`,
    manyItems: onLines((ls, random) => {
        const count = pick(random, [50, 500, 3000]);
        const items = Array.from({ length: count }, (_, k) => `"b${k}"`).join(', ');
        ls.splice(int(random, ls.length + 1), 0, pick(random, ['    kelengkapan ', 'dasar hukum ', 'instansi ', '    keterangan ']) + items);
    }),
    manySteps: onLines((ls, random) => {
        const count = pick(random, [30, 120]);
        for (let k = 0; k < count; k++) ls.push(`langkah f${k} "Langkah ${k}" oleh ${pick(random, ['admin', 'a', 'x'])} waktu ${k} menit`);
    }),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Applies 1–3 mutations to `text`; one in 25 mutants also gets invalid UTF-8 bytes. */
export function mutate(text: string, random: Random, keywords: readonly string[]): Mutant {
    const steps: string[] = [];
    let out = text;
    const count = 1 + int(random, 3);
    for (let k = 0; k < count; k++) {
        const name = pick(random, MUTATION_NAMES);
        out = MUTATIONS[name](out, random, keywords);
        steps.push(name);
    }
    if (random() < 0.04) {
        const encoded = new TextEncoder().encode(out);
        const at = int(random, encoded.length + 1);
        const bad = pick(random, BAD_BYTES);
        const bytes = new Uint8Array(encoded.length + bad.length);
        bytes.set(encoded.subarray(0, at), 0);
        bytes.set(bad, at);
        bytes.set(encoded.subarray(at), at + bad.length);
        steps.push('invalidUtf8');
        return { text: out, bytes, steps };
    }
    return { text: out, steps };
}
