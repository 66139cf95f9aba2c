/**
 * Message catalogues: each area keeps its texts beside its checks as a typed constant (Indonesian
 * and English), and the DI module assembles them into the one `SopMessages` of a language server.
 * `{0}`, `{1}` … are replaced by the arguments (`{0|step|steps}` chooses the English plural). The server picks the locale from the client's
 * `initialize` request; the CLI from `--lang` or the environment.
 */
import type { SopMessageKey } from './sop-module.js';

export type Locale = 'id' | 'en';

/** One text in both languages. */
export interface Texts {
    readonly id: string;
    readonly en: string;
}

/** A catalogue of texts by key; areas declare theirs with `satisfies Catalogue` so the keys stay literal. */
export type Catalogue = Readonly<Record<string, Texts>>;

/** Chooses 'id' or 'en' from a BCP-47 tag such as `id`, `id-ID`, `en-US`; default Indonesian. */
export function localeFrom(tag: string | undefined): Locale {
    if (!tag) return 'id';
    const t = tag.toLowerCase();
    if (t.startsWith('id') || t.startsWith('in')) return 'id';
    return t.startsWith('en') ? 'en' : 'id';
}

/**
 * Fills `{0}`, `{1}` … of a template; `{0|step|steps}` writes the number with the singular or the
 * plural noun (English texts: "1 step", "3 steps"; Indonesian nouns do not change).
 */
export function fillTemplate(template: string, args: ReadonlyArray<string | number>): string {
    return template.replace(/\{(\d+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (_, i: string, one?: string, other?: string) => {
        const value = args[Number(i)];
        if (one === undefined) return String(value ?? '');
        return `${value ?? ''} ${Number(value) === 1 ? one : other}`;
    });
}

/**
 * Holds the current locale and formats the language's messages; one instance per language server.
 * A key is typed, so a typo does not compile; a text missing at run time (a cast, a broken
 * catalogue) throws instead of showing the key to the user, so tests catch it.
 */
export class SopMessages {
    locale: Locale = 'id';

    constructor(private readonly catalogue: Readonly<Record<SopMessageKey, Texts>>) {}

    format(key: SopMessageKey, ...args: Array<string | number>): string {
        return this.formatFrom(this.catalogue, key, ...args);
    }

    /** Formats a text of another catalogue (the preview's answers) in the current locale. */
    formatFrom<K extends string>(catalogue: Readonly<Record<K, Texts>>, key: K, ...args: Array<string | number>): string {
        const template = Object.hasOwn(catalogue, key) ? catalogue[key][this.locale] : undefined;
        if (!template) throw new Error(`sop: no ${this.locale} text for message '${key}'`);
        return fillTemplate(template, args);
    }
}
