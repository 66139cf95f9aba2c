/**
 * Indonesian syllable boundaries (KBBI/PUEBI pemenggalan kata), used only to break a word that is
 * wider than its whole column. Conservative: digraphs (ng, ny, sy, kh) and diphthongs (ai, au, ei, oi)
 * are never split, no piece shorter than two letters is left, and words with digits or other
 * non-letters get no syllable breaks at all.
 */
const VOWELS = 'aeiou';
const LETTERS = /^[A-Za-z]+$/;
const DIGRAPHS = new Set(['ng', 'ny', 'sy', 'kh']);
const DIPHTHONGS = new Set(['ai', 'au', 'ei', 'oi']);

/** Indices i (0 < i < word.length) where the word may be broken as word[0,i) + "-" + word[i,…). */
export function syllableBreaks(word: string): number[] {
    if (!LETTERS.test(word) || word.length < 4) return [];
    const units = consonantUnits(word);
    const breaks: number[] = [];
    for (let u = 1; u < units.length; u++) {
        const at = breakBefore(units, u);
        if (at !== undefined && at >= 2 && word.length - at >= 2) breaks.push(at);
    }
    return [...new Set(breaks)].sort((a, b) => a - b);
}

interface Unit { text: string; start: number; vowel: boolean }

function consonantUnits(word: string): Unit[] {
    // Character codes rather than slices and regular expressions: this runs over every letter of
    // a word too long for its column, which can be a megabyte long.
    const lower = word.toLowerCase();
    const units: Unit[] = [];
    for (let i = 0; i < word.length;) {
        const len = i + 1 < word.length && DIGRAPHS.has(lower.slice(i, i + 2)) ? 2 : 1;
        units.push({ text: word.slice(i, i + len), start: i, vowel: VOWELS.includes(lower[i]) });
        i += len;
    }
    return units;
}

/** For a vowel unit u, the boundary that starts its syllable, if the rules allow one. */
function breakBefore(units: Unit[], u: number): number | undefined {
    if (!units[u].vowel) return undefined;
    const prev = units[u - 1];
    if (prev.vowel) {
        // Two vowels side by side: sa-at, bu-ah; a diphthong stays whole.
        return DIPHTHONGS.has((prev.text + units[u].text).toLowerCase()) ? undefined : units[u].start;
    }
    // Count the consonant units between the previous vowel and this one.
    let first = u - 1;
    while (first > 0 && !units[first - 1].vowel) first--;
    if (first === 0) return undefined; // consonants at the start of the word
    const count = u - first;
    // ba-ca (V-CV); ban-tu (VC-CV); in-stru-men (split after the first of three or four).
    return count === 1 ? units[first].start : units[first + 1].start;
}
