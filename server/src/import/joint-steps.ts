/**
 * Joint steps (`oleh A bersama B, C`): a row whose symbols are all tied together by lines without
 * heads is one step done together. Its entry is the member an arrow leaves from (else the one an
 * arrow reaches, else the first column); arrows drawn to or from the other members belong to it.
 */
import type { DraftDocument } from './import-draft.js';
import type { GridArrow } from './import-types.js';

/** Marks joint rows (entry first) and returns, per other member, the entry that stands for it. */
export function jointSteps(draft: DraftDocument, where: Map<string, [number, number]>, joins: Array<[string, string]>, arrows: GridArrow[]): Map<string, string> {
    const redirect = new Map<string, string>();
    const parent = new Map<string, string>();
    const root = (id: string): string => parent.get(id) === undefined || parent.get(id) === id ? id : root(parent.get(id)!);
    for (const [a, b] of joins) if (where.has(a) && where.has(b) && where.get(a)![0] === where.get(b)![0]) parent.set(root(a), root(b));
    draft.rows.forEach((row, r) => {
        const ids = [...where].filter(([, at]) => at[0] === r).sort((x, y) => x[1][1] - y[1][1]).map(([id]) => id);
        if (ids.length < 2 || new Set(ids.map(root)).size !== 1) return;
        const member = new Set(ids);
        const entry = ids.find(id => arrows.some(a => a.from === id && !member.has(a.to)))
            ?? ids.find(id => arrows.some(a => a.to === id && !member.has(a.from))) ?? ids[0];
        const order = [entry, ...ids.filter(id => id !== entry)];
        row.symbols = order.map(id => row.symbols[where.get(id)![1]]);
        order.forEach((id, i) => where.set(id, [r, i]));
        row.joint = true;
        for (const id of ids) if (id !== entry) redirect.set(id, entry);
    });
    return redirect;
}
