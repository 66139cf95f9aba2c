import type { Duration, DurationUnit } from './sop-document.js';

/** Unit words as users write them (Indonesian, English, common abbreviations), lower case. */
const UNIT_WORDS: Record<string, DurationUnit> = {
    'menit': 'minute', 'minute': 'minute', 'minutes': 'minute', 'min': 'minute', 'mins': 'minute',
    'jam': 'hour', 'hour': 'hour', 'hours': 'hour',
    'hari': 'day', 'hari kalender': 'day', 'day': 'day', 'days': 'day', 'calendar day': 'day', 'calendar days': 'day',
    'hari kerja': 'workday', 'working day': 'workday', 'working days': 'workday', 'workday': 'workday', 'workdays': 'workday',
    'minggu': 'week', 'pekan': 'week', 'week': 'week', 'weeks': 'week',
    'bulan': 'month', 'month': 'month', 'months': 'month',
    'tahun': 'year', 'year': 'year', 'years': 'year',
};

/** The Indonesian word printed for each unit family. */
export const UNIT_LABEL_ID: Record<DurationUnit, string> = {
    minute: 'menit', hour: 'jam', day: 'hari', workday: 'hari kerja', week: 'minggu', month: 'bulan', year: 'tahun',
};

/** Typos and abbreviations that have one obvious meaning; used by the unit quick fix. */
export const UNIT_TYPOS: Record<string, string> = {
    'mnt': 'menit', 'ment': 'menit', 'meni': 'menit', 'mn': 'menit', 'm': 'menit',
    'j': 'jam', 'jm': 'jam', 'hr': 'hari', 'hri': 'hari', 'har': 'hari', 'hk': 'hari kerja',
    'hari krj': 'hari kerja', 'hr kerja': 'hari kerja', 'mgg': 'minggu', 'mg': 'minggu', 'bln': 'bulan',
    'thn': 'tahun', 'th': 'tahun', 'hrs': 'hours', 'h': 'jam', 'd': 'hari', 'w': 'minggu',
};

export function parseUnit(text: string): DurationUnit | undefined {
    return UNIT_WORDS[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}

export function parseNumber(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const n = Number(text.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
}

function formatNumber(n: number): string {
    return String(n).replace('.', ',');
}

export interface DurationParts {
    bound?: string;
    min?: string;
    max?: string;
    factor?: string;
    unit: string[];
    none: boolean;
    text?: string;
}

/** Builds the model's Duration from the grammar's pieces; unknown units leave `unit` undefined. */
export function buildDuration(parts: DurationParts): Duration {
    if (parts.none) return { kind: 'none', display: '-' };
    if (parts.text !== undefined) return { kind: 'text', display: parts.text };
    const unitText = parts.unit.join(' ');
    const unit = parseUnit(unitText);
    // "hari kalender" is printed as written: it stresses calendar days next to "hari kerja".
    const unitLabel = unit === 'day' && /kalender|calendar/i.test(unitText) ? 'hari kalender' : unit ? UNIT_LABEL_ID[unit] : unitText;
    let min = parseNumber(parts.min);
    let max = parseNumber(parts.max);
    const factor = parseNumber(parts.factor);
    // A clause cut mid-way (`waktu 5`, `waktu maksimal`) shows what is written, or `-`.
    const shown = (...words: Array<string | undefined>) => (min === undefined ? '-' : words.filter(w => w !== undefined && w !== '').join(' '));
    if (factor !== undefined && min !== undefined) {
        // "1 x 24 jam" is a 24-hour duration written the way service standards phrase it.
        const display = shown(formatNumber(min), 'x', formatNumber(factor), unitLabel);
        min = min * factor;
        return { kind: 'exact', min, unit, unitText, display };
    }
    if (parts.bound !== undefined) {
        return { kind: 'max', max: min, unit, unitText, display: shown('maksimal', formatNumber(min ?? 0), unitLabel) };
    }
    if (max !== undefined) {
        return { kind: 'range', min, max, unit, unitText, display: shown(`${formatNumber(min ?? 0)}-${formatNumber(max)}`, unitLabel) };
    }
    return { kind: 'exact', min, max: min, unit, unitText, display: shown(formatNumber(min ?? 0), unitLabel) };
}
