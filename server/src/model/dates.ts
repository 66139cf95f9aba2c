/** Indonesian month names, used for long dates on the document (Januari … Desember). */
export const MONTHS_ID = [
    'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
    'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

const MONTHS_EN = [
    'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month number (1–12) for an Indonesian or English month name or a common abbreviation. */
export function monthNumber(name: string): number | undefined {
    const lower = name.toLowerCase();
    let i = MONTHS_ID.findIndex(m => m.toLowerCase() === lower);
    if (i < 0) i = MONTHS_EN.indexOf(lower);
    if (i < 0 && lower.length >= 3) {
        i = MONTHS_ID.findIndex(m => m.toLowerCase().startsWith(lower));
        if (i < 0) i = MONTHS_EN.findIndex(m => m.startsWith(lower));
    }
    return i < 0 ? undefined : i + 1;
}

/** `YYYY-MM-DD` when year/month/day form a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
    if (month < 1 || month > 12 || day < 1) return undefined;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a `YYYY-MM-DD` string into a validated ISO date. */
export function parseIso(text: string): string | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** "2025-02-03" → "3 Februari 2025". */
export function longDateId(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

/** Groups an 18-digit NIP as 8-6-1-3 (`19750312 200112 1 002`); other input is returned as is. */
export function groupNip(nip: string): string {
    const digits = nip.replace(/\s+/g, '');
    if (!/^\d{18}$/.test(digits)) return nip;
    return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** A date as written, from whatever parts a half-typed clause has (`10 Februari`), or `-`. */
export function writtenDate(day: string | undefined, month: string | undefined, year: string | undefined): string {
    return [day, month, year].filter(part => part !== undefined && part !== '').join(' ') || '-';
}
