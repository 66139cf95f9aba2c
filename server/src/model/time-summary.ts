/**
 * Time insights over a SopDocument: the main ("Ya"/happy) path and its total standard time, and
 * per-actor totals. Pure: used by the code lens, the `sop/timeSummary` request and tests.
 *
 * Units are summed per family and never converted between families: minutes and hours together
 * (60 minutes = 1 hour), working days (hari kerja) apart from calendar days (hari; a week is 7
 * calendar days), months and years on their own (a month is not a fixed number of days).
 */
import type { Duration, DurationUnit, SopDocument, Step } from './sop-document.js';

export type TimeFamily = 'clock' | 'workday' | 'day' | 'month' | 'year';

/** Lower and upper sums per family; `clock` is in minutes, `day` in calendar days. */
export interface TimeTotal {
    min: Partial<Record<TimeFamily, number>>;
    max: Partial<Record<TimeFamily, number>>;
    /** Step numbers whose time is `-`, free text, has an unknown unit, or is missing. */
    untimed: number[];
}

export interface ActorTime {
    actor: string;
    label: string;
    /** Over the steps of the main path the actor performs (primary performer). */
    mainPath: TimeTotal;
    /** Over every step the actor performs. */
    allSteps: TimeTotal;
    /** Number of steps (all) the actor performs. */
    steps: number;
}

export interface TimeSummary {
    /** Step numbers of the main path, in order. */
    mainPath: number[];
    /** True when the main path runs into a loop and was cut at the first repeated step. */
    loops: boolean;
    total: TimeTotal;
    perActor: ActorTime[];
}

const FAMILY_OF: Record<DurationUnit, { family: TimeFamily; factor: number }> = {
    minute: { family: 'clock', factor: 1 },
    hour: { family: 'clock', factor: 60 },
    day: { family: 'day', factor: 1 },
    week: { family: 'day', factor: 7 },
    workday: { family: 'workday', factor: 1 },
    month: { family: 'month', factor: 1 },
    year: { family: 'year', factor: 1 },
};

/**
 * The happy path: from the first step, follow the "Ya" branch of decisions and the explicit or
 * implicit successor of other steps, until a step without a successor or a step already visited.
 */
export function mainPath(sop: SopDocument): { steps: number[]; loops: boolean } {
    const steps: number[] = [];
    if (sop.steps.length === 0) return { steps, loops: false };
    const seen = new Set<number>();
    const out = new Map<number, number>();
    for (const e of sop.edges) {
        // In-row arrows (between symbols of one row) do not move along the rows.
        if (e.kind === 'no' || e.from === e.to) continue;
        // A decision's "yes" wins; the first written edge otherwise.
        if (!out.has(e.from) || e.kind === 'yes') out.set(e.from, e.to);
    }
    for (let current: number | undefined = 1; current !== undefined; current = out.get(current)) {
        if (seen.has(current)) return { steps, loops: true };
        seen.add(current);
        steps.push(current);
    }
    return { steps, loops: false };
}

export function emptyTotal(): TimeTotal {
    return { min: {}, max: {}, untimed: [] };
}

/** Adds one step's standard time to `total`. */
export function addDuration(total: TimeTotal, stepNumber: number, duration: Duration | undefined): void {
    const unit = duration?.unit ? FAMILY_OF[duration.unit] : undefined;
    if (!duration || !unit || (duration.kind !== 'exact' && duration.kind !== 'range' && duration.kind !== 'max')) {
        total.untimed.push(stepNumber);
        return;
    }
    // "maksimal 3 hari" is a standard time of 3 days: the bound counts as the value.
    const lo = (duration.kind === 'max' ? duration.max : duration.min) ?? 0;
    const hi = duration.max ?? lo;
    total.min[unit.family] = (total.min[unit.family] ?? 0) + lo * unit.factor;
    total.max[unit.family] = (total.max[unit.family] ?? 0) + hi * unit.factor;
}

function totalOf(steps: Step[]): TimeTotal {
    const total = emptyTotal();
    for (const s of steps) addDuration(total, s.number, s.quality.duration);
    return total;
}

/** Main path, its total, and per-actor totals (main path and all steps). */
export function timeSummary(sop: SopDocument): TimeSummary {
    const path = mainPath(sop);
    const byNumber = new Map(sop.steps.map(s => [s.number, s]));
    const onPath = path.steps.map(n => byNumber.get(n)).filter((s): s is Step => !!s);
    const perActor = sop.actors.map((a): ActorTime => {
        const mine = sop.steps.filter(s => s.actor === a.id);
        return {
            actor: a.id, label: a.label, steps: mine.length,
            mainPath: totalOf(onPath.filter(s => s.actor === a.id)),
            allSteps: totalOf(mine),
        };
    });
    return { mainPath: path.steps, loops: path.loops, total: totalOf(onPath), perActor };
}

const UNIT_WORDS: Record<'id' | 'en', Record<'minute' | 'hour' | TimeFamily, [string, string]>> = {
    id: {
        minute: ['menit', 'menit'], hour: ['jam', 'jam'], clock: ['menit', 'menit'], workday: ['hari kerja', 'hari kerja'],
        day: ['hari', 'hari'], month: ['bulan', 'bulan'], year: ['tahun', 'tahun'],
    },
    en: {
        minute: ['minute', 'minutes'], hour: ['hour', 'hours'], clock: ['minute', 'minutes'], workday: ['working day', 'working days'],
        day: ['day', 'days'], month: ['month', 'months'], year: ['year', 'years'],
    },
};

const FAMILIES: TimeFamily[] = ['clock', 'workday', 'day', 'month', 'year'];

function num(n: number, locale: 'id' | 'en'): string {
    const rounded = Math.round(n * 100) / 100;
    return locale === 'id' ? String(rounded).replace('.', ',') : String(rounded);
}

function word(unit: 'minute' | 'hour' | TimeFamily, n: number, locale: 'id' | 'en'): string {
    return UNIT_WORDS[locale][unit][n === 1 ? 0 : 1];
}

/** Minutes as "2 jam 15 menit" / "2 hours 15 minutes". */
function clock(minutes: number, locale: 'id' | 'en'): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes - hours * 60;
    const parts: string[] = [];
    if (hours > 0) parts.push(`${num(hours, locale)} ${word('hour', hours, locale)}`);
    if (rest > 0 || hours === 0) parts.push(`${num(rest, locale)} ${word('minute', rest, locale)}`);
    return parts.join(' ');
}

function amount(family: TimeFamily, n: number, locale: 'id' | 'en'): string {
    return family === 'clock' ? clock(n, locale) : `${num(n, locale)} ${word(family, n, locale)}`;
}

/**
 * One line per total, families joined with " + ": `2 jam 15 menit + 3 hari kerja`; a range
 * where lower and upper sums differ: `1 hari kerja – 2 hari kerja`. "-" when nothing is timed.
 */
export function formatTotal(total: TimeTotal, locale: 'id' | 'en'): string {
    const parts: string[] = [];
    for (const f of FAMILIES) {
        const lo = total.min[f];
        const hi = total.max[f];
        if (lo === undefined || hi === undefined) continue;
        parts.push(lo === hi ? amount(f, lo, locale) : `${amount(f, lo, locale)} – ${amount(f, hi, locale)}`);
    }
    return parts.length > 0 ? parts.join(' + ') : '-';
}
