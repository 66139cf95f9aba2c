/**
 * Indonesian syllable boundaries (KBBI/PUEBI pemenggalan kata), used only to break a word that is
 * wider than its whole column. Conservative: digraphs (ng, ny, sy, kh) and diphthongs (ai, au, ei, oi)
 * are never split, no piece shorter than two letters is left, and words with digits or other
 * non-letters get no syllable breaks at all.
 */
const LETTERS = /^[A-Za-z]+$/;

/** Indices i (0 < i < word.length) where the word may be broken as word[0,i) + "-" + word[i,…). */
export function syllableBreaks(word: string): number[] {
    if (!LETTERS.test(word) || word.length < 4) return [];
    const units = consonantUnits(word.toLowerCase());
    const breaks: number[] = [];
    for (let u = 1; u < units.count; u++) {
        const at = breakBefore(units, u);
        // Boundaries come out in increasing order, at most once each.
        if (at !== undefined && at >= 2 && word.length - at >= 2 && at !== breaks[breaks.length - 1]) breaks.push(at);
    }
    return breaks;
}

/**
 * The word as units (a letter, or a digraph ng/ny/sy/kh), in typed arrays: this runs over every
 * letter of a word too long for its column, which can be a megabyte long, so it allocates no
 * object or string per letter (a million small objects made it crawl on a large heap).
 */
interface Units { count: number; start: Int32Array; vowel: Uint8Array; code: Uint16Array }

const code = (c: string) => c.charCodeAt(0);
const [A, E, I, O, U, G, H, K, N, S, Y] = ['a', 'e', 'i', 'o', 'u', 'g', 'h', 'k', 'n', 's', 'y'].map(code);

function isVowel(c: number): boolean {
    return c === A || c === E || c === I || c === O || c === U;
}

function isDigraph(c: number, d: number): boolean {
    return (c === N && (d === G || d === Y)) || (c === S && d === Y) || (c === K && d === H);
}

/** Two vowels that stay one syllable: ai, au, ei, oi. */
function isDiphthong(c: number, d: number): boolean {
    return (c === A && (d === I || d === U)) || ((c === E || c === O) && d === I);
}

function consonantUnits(lower: string): Units {
    const n = lower.length;
    const units: Units = { count: 0, start: new Int32Array(n), vowel: new Uint8Array(n), code: new Uint16Array(n) };
    for (let i = 0; i < n;) {
        const c = lower.charCodeAt(i);
        const len = i + 1 < n && isDigraph(c, lower.charCodeAt(i + 1)) ? 2 : 1;
        units.start[units.count] = i;
        units.vowel[units.count] = isVowel(c) ? 1 : 0;
        units.code[units.count] = c;
        units.count++;
        i += len;
    }
    return units;
}

/** For a vowel unit u, the boundary that starts its syllable, if the rules allow one. */
function breakBefore(units: Units, u: number): number | undefined {
    if (!units.vowel[u]) return undefined;
    if (units.vowel[u - 1]) {
        // Two vowels side by side: sa-at, bu-ah; a diphthong stays whole.
        return isDiphthong(units.code[u - 1], units.code[u]) ? undefined : units.start[u];
    }
    // Count the consonant units between the previous vowel and this one.
    let first = u - 1;
    while (first > 0 && !units.vowel[first - 1]) first--;
    if (first === 0) return undefined; // consonants at the start of the word
    const count = u - first;
    // ba-ca (V-CV); ban-tu (VC-CV); in-stru-men (split after the first of three or four).
    return count === 1 ? units.start[first] : units.start[first + 1];
}
