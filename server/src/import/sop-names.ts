/** Names for imported actors and the SOP: readable camelCase words the grammar takes as `Name`. */

/** Keywords that cannot be a Name (the grammar's soft keywords can, so they need no care). */
const RESERVED = new Set([
    'sop', 'procedure', 'pelaksana', 'actor', 'langkah', 'step', 'kapsul', 'terminator', 'keputusan',
    'decision', 'oleh', 'by', 'bersama', 'with', 'lanjut', 'next', 'ke', 'to', 'selesai', 'end', 'ya',
    'yes', 'tidak', 'no', 'disahkan', 'approved', 'dan', 'sop',
]);

function camel(text: string, maxWords: number): string {
    const words = text.normalize('NFKD').replace(/[^A-Za-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean).slice(0, maxWords);
    const joined = words.map((w, i) => i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
    const safe = /^[A-Za-z_]/.test(joined) ? joined : `p${joined}`;
    return RESERVED.has(safe) || safe === 'p' ? `${safe}_` : safe;
}

/** One distinct name per actor label, in order. */
export function actorNames(labels: string[]): string[] {
    const used = new Set<string>();
    return labels.map(label => {
        const base = camel(label, 3);
        let name = base;
        for (let n = 2; used.has(name); n++) name = `${base}${n}`;
        used.add(name);
        return name;
    });
}

export function sopName(title: string): string {
    return camel(title, 4);
}
