/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one edit (`ouput`, `otuput`, `outptu` are one edit from `output`).
 */
export function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

/** The candidates closest to `word` within `max` edits, nearest first (ties keep the candidates' order). */
export function closest(word: string, candidates: Iterable<string>, max: number): string[] {
    const scored: Array<[string, number]> = [];
    for (const c of candidates) {
        const distance = editDistance(word.toLowerCase(), c.toLowerCase());
        if (distance <= max && c !== word) scored.push([c, distance]);
    }
    return scored.sort((x, y) => x[1] - y[1]).map(([c]) => c);
}
