/** Text clean-up shared by the recognisers: cell text to activity text, list items and labels. */

/** A line that starts an item: `1.`, `a)`, `-`, `•`. */
const MARKER = /^\s*(?:\d+[.)]|[a-z][.)]|[-•*·‣▪●◦])\s+/;

/** Whether a line starts a numbered or bulleted item. */
export function startsItem(line: string): boolean {
    return MARKER.test(line);
}

export function lines(text: string): string[] {
    return text.split('\n').map(l => l.replace(/\s+/g, ' ').trim()).filter(l => l.length > 0);
}

/** Joins wrapped lines with a space (a trailing hyphen joins directly); numbered or bulleted lines stay lines. */
export function joinWrapped(text: string): string {
    let out = '';
    for (const line of lines(text)) {
        if (out === '') out = line;
        else if (MARKER.test(line)) out += '\n' + line;
        else if (/[A-Za-z]-$/.test(out)) out = out.slice(0, -1) + line;
        else out += ' ' + line;
    }
    return out;
}

/**
 * Splits a cell into list items: with item markers, each marked line starts an item and unmarked
 * lines continue it (wrapped); without markers, a line starting in lower case continues the item above.
 */
export function listItems(text: string): string[] {
    const all = lines(text);
    const marked = all.some(l => MARKER.test(l));
    const items: string[] = [];
    for (const line of all) {
        const starts = marked ? MARKER.test(line) : !/^[a-z(]/.test(line);
        if (starts || items.length === 0) items.push(marked ? line.replace(MARKER, '') : line);
        else items[items.length - 1] += (/[A-Za-z]-$/.test(items[items.length - 1]) ? '' : ' ') + line;
    }
    return items.map(i => i.replace(/-(?=[a-z])$/, '').trim()).filter(i => i !== '-' && i !== '');
}

/** Upper case without punctuation and extra spaces, for comparing headings and labels. */
export function normal(text: string): string {
    return text.toUpperCase().replace(/[^A-Z0-9/ ]+/g, ' ').replace(/\s+/g, ' ').trim();
}
