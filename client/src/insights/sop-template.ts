/**
 * The text and file name of a new SOP made from the skeleton snippet, with the title the user
 * typed. Pure (no `vscode`), so it is unit-tested.
 */
import { sopSnippet, type Lang } from '../../../server/src/protocol/sop-template.js';

export interface NewSop {
    /** `pelayanan-izin-reklame.sop` */
    fileName: string;
    /** The SOP's name for references: `pelayananIzinReklame`. */
    name: string;
    /** The file as a snippet: the fields to fill are tab stops with their placeholder text. */
    snippet: string;
    /** The snippet with every placeholder at its default: what is saved if nothing is typed. */
    text: string;
}

/** Words of the title without accents or punctuation, lower case. */
function words(title: string): string[] {
    return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function newSopFromTitle(title: string, lang: Lang = 'id'): NewSop {
    const w = words(title);
    const base = w.length > 0 ? w : ['sop', 'baru'];
    let name = base[0] + base.slice(1).map(x => x[0].toUpperCase() + x.slice(1)).join('');
    if (/^\d/.test(name)) name = `sop${name[0].toUpperCase()}${name.slice(1)}`;
    const heading = title.trim().replace(/["\\]/g, '').toUpperCase() || 'SOP BARU';
    // The name and title are known; `$` and `}` cannot occur in them (words() and the quote filter).
    const snippet = sopSnippet(lang)
        .replace('${1:namaSop}', name)
        .replace('${2:JUDUL SOP}', heading.replace(/[$}]/g, ''));
    const text = snippet
        // Placeholders keep their default text; mirrors (`${17}`) take their source's default.
        .replace(/\$\{(\d+)\}/g, (_, n: string) => defaultOf(snippet, n))
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$0/g, '');
    return { fileName: `${base.join('-')}.sop`, name, snippet, text };
}

function defaultOf(body: string, n: string): string {
    return new RegExp(`\\$\\{${n}:([^}]*)\\}`).exec(body)?.[1] ?? '';
}
