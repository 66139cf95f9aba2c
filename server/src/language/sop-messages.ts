/**
 * The message catalogue for diagnostics: one entry per issue code, in Indonesian and English.
 * `{0}`, `{1}` … are replaced by the arguments. The server picks the locale from the client's
 * `initialize` request; the CLI from `--lang` or the environment.
 */
export type Locale = 'id' | 'en';

export type Catalogue = Record<string, { id: string; en: string }>;

const catalogues: Catalogue[] = [];

/** Adds messages to the catalogue; features register theirs at module load. */
export function registerMessages(messages: Catalogue): void {
    catalogues.push(messages);
}

/** Chooses 'id' or 'en' from a BCP-47 tag such as `id`, `id-ID`, `en-US`; default Indonesian. */
export function localeFrom(tag: string | undefined): Locale {
    if (!tag) return 'id';
    const t = tag.toLowerCase();
    if (t.startsWith('id') || t.startsWith('in')) return 'id';
    return t.startsWith('en') ? 'en' : 'id';
}

/** Holds the current locale and formats messages; one instance per language server. */
export class SopMessages {
    locale: Locale = 'id';

    format(code: string, ...args: Array<string | number>): string {
        const entry = catalogues.find(c => c[code])?.[code];
        const template = entry ? entry[this.locale] : code;
        return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
    }
}
