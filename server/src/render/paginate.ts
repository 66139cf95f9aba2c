/**
 * Splits rows into pages: rows are never split, each page holds as many whole rows as fit its
 * capacity. `capacity(page, last)` may differ by page: the first page has no incoming connectors
 * above its table, the last one no outgoing connectors below it. The last page also needs room for
 * `tail` (the footnotes). A row taller than a whole page gets a page of its own.
 */
export function paginate(heights: number[], capacity: (page: number, last: boolean) => number, tail = 0): number[][] {
    const rest: number[] = [];
    for (let i = heights.length - 1, sum = 0; i >= 0; i--) rest[i] = sum += heights[i];
    const pages: number[][] = [];
    let i = 0;
    while (i < heights.length) {
        const p = pages.length;
        if (rest[i] + tail <= capacity(p, true)) {
            // Everything left fits here, footnotes included: the last page, without room for connectors below.
            pages.push(heights.slice(i).map((_, k) => i + k));
            break;
        }
        const page = [i];
        let used = heights[i++];
        while (i < heights.length && used + heights[i] <= capacity(p, false)) {
            used += heights[i];
            page.push(i++);
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
