/**
 * Splits rows into pages: rows are never split, each page holds as many whole rows as fit its
 * capacity. `capacity(page, last)` may differ by page: the first page has no incoming connectors
 * above its table, the last one no outgoing connectors below it. The last page also needs room for
 * `tail` (the footnotes). A row taller than a whole page gets a page of its own. A row with
 * `breaks[i]` set starts a new page (`halaman baru`). `cutCost(i)`: how many arrows a break before
 * row i cuts; a full page ends a row early where that is fewer.
 */
/** How many rows a page may give up to place its break where fewer arrows cross it (two crowded the router: three connectors on one symbol, random seed 28). */
const SLACK = 1;

export function paginate(heights: number[], capacity: (page: number, last: boolean) => number, tail = 0, breaks: boolean[] = [], cutCost: (row: number) => number = () => 0): number[][] {
    const n = heights.length;
    // runEnd[i]: the index after the last row of i's run (the rows up to the next chosen break).
    const runEnd: number[] = [];
    for (let i = n - 1, end = n; i >= 0; i--) {
        runEnd[i] = end;
        if (breaks[i]) end = i;
    }
    const rest: number[] = [];
    for (let i = n - 1, sum = 0; i >= 0; i--) rest[i] = sum += heights[i];
    const pages: number[][] = [];
    let i = 0;
    while (i < n) {
        const p = pages.length;
        if (runEnd[i] === n && rest[i] + tail <= capacity(p, true)) {
            // Everything left fits here, footnotes included: the last page, without room for connectors below.
            pages.push(heights.slice(i).map((_, k) => i + k));
            break;
        }
        const end = runEnd[i];
        const page = [i];
        let used = heights[i++];
        while (i < end && used + heights[i] <= capacity(p, false)) {
            used += heights[i];
            page.push(i++);
        }
        if (i < end) {
            // The page is full: end it up to SLACK rows earlier where fewer arrows cross the break.
            let best = i;
            for (let k = i - 1; k >= Math.max(page[0] + 1, i - SLACK); k--) if (cutCost(k) < cutCost(best)) best = k;
            while (i > best) {
                page.pop();
                i--;
            }
        }
        pages.push(page);
    }
    if (pages.length === 0) pages.push([]);
    // Make room for the footnotes under the last table by moving rows to a new page.
    const last = pages[pages.length - 1];
    const sum = last.reduce((s, k) => s + heights[k], 0);
    if (tail > 0 && sum + tail > capacity(pages.length - 1, true) && last.length > 1) {
        // The footnotes follow the last table: the last row moves to a page of its own with them.
        pages.push([last.pop()!]);
    }
    return pages;
}
