// Langium 4.4 pulls chevrotain 13, which calls Object.groupBy (Node >= 21). Node 20 and the
// Node inside VS Code 1.91 lack it; this adds it where missing and does nothing elsewhere.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function (items, key) {
        const out = Object.create(null);
        let i = 0;
        for (const item of items) { const k = key(item, i++); (out[k] ??= []).push(item); }
        return out;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = function (items, key) {
        const out = new Map();
        let i = 0;
        for (const item of items) {
            const k = key(item, i++);
            if (!out.has(k)) out.set(k, []);
            out.get(k).push(item);
        }
        return out;
    };
}
