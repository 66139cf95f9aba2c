import type { SopDocument, Step } from '../model/sop-document.js';
import { SPACING } from './layout-constants.js';
import { STYLE } from './render-style.js';
import { lineHeight, textWidth, type Font } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { maxOf } from './max-of.js';
import { LruCache } from './lru-cache.js';

export interface Column {
    x: number;
    width: number;
}

/** Column geometry of the flowchart table (section 4.5 of the format reference). */
export interface TableColumns {
    x: number;
    width: number;
    no: Column;
    activity: Column;
    actors: Column[];
    requirements: Column;
    duration: Column;
    output: Column;
    notes: Column;
}

/** Offices give KEGIATAN 45–75 mm; actor columns narrow down to about 17 mm; NO about 7 mm. */
const MM = 96 / 25.4;
const NO_WIDTH = 7 * MM;
const ACTIVITY = { min: 45 * MM, max: 75 * MM };
const ACTOR = { min: 17 * MM, max: 40 * MM, hardMin: 11 * MM, floor: 4 * MM };
/** The other text columns: at least their bold header word, at most this. */
const TEXT_MAX = 60 * MM;
/** A cell should need at most this many lines at the body font. */
const COMFORT_LINES = 3;

type TextKey = 'activity' | 'requirements' | 'output' | 'notes';
const TEXT_KEYS: TextKey[] = ['activity', 'requirements', 'output', 'notes'];

/** The texts printed in each text column, for sizing it. */
export interface ColumnTexts {
    activity: string[];
    requirements: string[];
    duration: string[];
    output: string[];
    notes: string[];
}

function headerMin(label: string): number {
    return Math.ceil(textWidth(label, STYLE.headerFont)) + 2 * STYLE.cellPadX + 4;
}

/** Width a column wants: its longest cell in at most COMFORT_LINES lines, its longest word unbroken. */
function comfortable(texts: string[], min: number, max: number): number {
    let longest = 0, word = 0;
    for (const t of texts) {
        for (const line of t.split('\n')) {
            longest = Math.max(longest, textWidth(line, STYLE.bodyFont));
            for (const w of line.split(/\s+/)) word = Math.max(word, textWidth(w, STYLE.bodyFont));
        }
    }
    const want = Math.max(longest / COMFORT_LINES * 1.15, word) + 2 * STYLE.cellPadX;
    return Math.min(max, Math.max(min, want));
}

/**
 * Column widths from the content: NO and WAKTU as wide as their text; actor columns as narrow as
 * their symbols and header allow (down to about 17 mm with 5–6 actors); the text columns share the
 * rest by what their text needs (KEGIATAN 45–75 mm), and any width left over.
 */
export function tableColumns(x: number, width: number, actorCount: number, texts?: ColumnTexts): TableColumns {
    const n = Math.max(1, actorCount);
    const t: ColumnTexts = texts ?? { activity: [], requirements: [], duration: [], output: [], notes: [] };
    const mins: Record<TextKey, number> = {
        activity: Math.min(ACTIVITY.min, width * 0.16), requirements: headerMin('KELENGKAPAN'), output: headerMin('OUTPUT') + 8, notes: headerMin('KETERANGAN'),
    };
    const want: Record<TextKey, number> = {
        activity: comfortable(t.activity, mins.activity, ACTIVITY.max),
        requirements: comfortable(t.requirements, mins.requirements, TEXT_MAX),
        output: comfortable(t.output, mins.output, TEXT_MAX),
        notes: comfortable(t.notes, mins.notes, TEXT_MAX),
    };
    const duration = comfortable(t.duration.length ? t.duration : ['-'], headerMin('WAKTU'), 30 * MM);
    const fixed = NO_WIDTH + duration;
    const textWant = TEXT_KEYS.reduce((s, k) => s + want[k], 0);
    const textMin = TEXT_KEYS.reduce((s, k) => s + mins[k], 0);
    // Actors take what the text wants leaves them, within [min, max]; below min only when the text minimums force it.
    const share = Math.max(ACTOR.hardMin, Math.min(ACTOR.max, Math.max((width - fixed - textWant) / n, Math.min(ACTOR.min, (width - fixed - textMin) / n))));
    // Many actors (13 and more on A4): the columns narrow below the usual least rather than push the table off the page.
    const actor = Math.max(ACTOR.floor, Math.min(share, (width - fixed - textMin) / n));
    const room = width - fixed - actor * n;
    const widths = shareText(room, mins, want);
    let cursor = x;
    const take = (w: number): Column => {
        const c = { x: cursor, width: w };
        cursor += w;
        return c;
    };
    const no = take(NO_WIDTH);
    const activity = take(widths.activity);
    const actors = Array.from({ length: n }, () => take(actor));
    const requirements = take(widths.requirements);
    const durationCol = take(duration);
    const output = take(widths.output);
    const notes = take(Math.max(mins.notes, x + width - cursor));
    const columns = { x, width: cursor - x, no, activity, actors, requirements, duration: durationCol, output, notes };
    return columns.width > width + 0.01 ? squeezed(columns, width) : columns;
}

/** The last resort when even the least widths overflow the page (dozens of actors): every column narrows in proportion. */
function squeezed(c: TableColumns, width: number): TableColumns {
    const f = width / c.width;
    const at = (col: Column): Column => ({ x: c.x + (col.x - c.x) * f, width: col.width * f });
    return {
        x: c.x, width, no: at(c.no), activity: at(c.activity), actors: c.actors.map(at), requirements: at(c.requirements),
        duration: at(c.duration), output: at(c.output), notes: at(c.notes),
    };
}

/** Text widths in `room`: between the minimums and the wanted widths in proportion; beyond the wanted widths, extra in proportion to them. */
function shareText(room: number, mins: Record<TextKey, number>, want: Record<TextKey, number>): Record<TextKey, number> {
    const sum = (r: Record<TextKey, number>) => TEXT_KEYS.reduce((s, k) => s + r[k], 0);
    const result = { ...mins };
    const [minSum, wantSum] = [sum(mins), sum(want)];
    if (room <= minSum) return result;
    if (room <= wantSum) {
        const f = (room - minSum) / Math.max(1e-9, wantSum - minSum);
        for (const k of TEXT_KEYS) result[k] = mins[k] + f * (want[k] - mins[k]);
        return result;
    }
    const extra = room - wantSum;
    for (const k of TEXT_KEYS) result[k] = want[k] + extra * want[k] / wantSum;
    return result;
}

/** Wrapped text of one body row and the row's height. */
export interface RowText {
    step: Step;
    /** The body font of the row: steps down to 7 pt before a cell needs more than three lines. */
    font: Font;
    no: string[];
    activity: string[];
    requirements: string[];
    duration: string[];
    output: string[];
    notes: string[];
    /** Height of the tallest shape of the row (0 on a continued part). */
    shapeHeight: number;
    height: number;
    /** A later part of a row taller than a page: the rest of its text, no symbols, no number. */
    continued?: boolean;
}

export function innerWidth(column: Column): number {
    return column.width - 2 * STYLE.cellPadX;
}

export function wrapCell(text: string, column: Column, font: Font = STYLE.bodyFont): string[] {
    if (text.trim() === '') return [];
    const lines: string[] = [];
    for (const part of text.split('\n')) for (const line of wrapText(part, innerWidth(column), font)) lines.push(line);
    return lines;
}

export function cellTextHeight(lines: string[], font: Font = STYLE.bodyFont): number {
    return lines.length * lineHeight(font) + 2 * STYLE.cellPadY;
}

/** Body font sizes a row may use, largest first (8, 7.5 and 7 pt). */
export const ROW_FONTS: Font[] = [STYLE.bodyFont, { size: 10 }, { size: 9.33 }];
const MAX_LINES = 3;

/** The texts of a step's cells as printed: list items on lines of their own, numbered when there are several. */
export function cellTexts(step: Step): { activity: string; requirements: string; duration: string; output: string; notes: string } {
    const q = step.quality;
    return {
        activity: step.activity,
        requirements: listText(q.requirements),
        duration: q.duration?.display ?? '-',
        output: q.output ?? '-',
        notes: step.notes.length > 1 ? listText(step.notes) : step.notes.join(''),
    };
}

function listText(items: string[]): string {
    if (items.length === 0) return '-';
    if (items.length === 1) return items[0];
    // Items the file already numbers or bullets ("1. Surat", "a) Surat", "- Surat") keep their own marker.
    if (items.every(item => LIST_MARKER.test(item))) return items.join('\n');
    return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

const LIST_MARKER = /^\s*(\d+[.)]|[a-z][.)]|[-•])\s/i;

/** `band`: free height above and below the row's tallest shape, where arrows run. */
export function rowText(step: Step, columns: TableColumns, shapeHeight: number, band: number = SPACING.rowBand): RowText {
    const { font, cells } = wrappedCells(step, columns);
    const textHeight = maxOf(Object.values(cells), lines => cellTextHeight(lines, font));
    const height = Math.max(textHeight, shapeHeight + 2 * band);
    return { step, font, ...cells, shapeHeight, height };
}

type Cells = Pick<RowText, 'no' | 'activity' | 'requirements' | 'duration' | 'output' | 'notes'>;

/**
 * A row's cells wrapped, by their texts and column widths: the preview lays the whole document out
 * after every keystroke, and an edit changes the text of one row.
 */
const wrapped = new LruCache<{ font: Font; cells: Cells }>(2_000_000);

export function clearWrappedRows(): void {
    wrapped.clear();
}

function wrappedCells(step: Step, columns: TableColumns): { font: Font; cells: Cells } {
    const texts = cellTexts(step);
    const key = [step.number, texts.activity, texts.requirements, texts.duration, texts.output, texts.notes,
        columns.no.width, columns.activity.width, columns.requirements.width, columns.duration.width, columns.output.width, columns.notes.width].join('\u0000');
    let entry = wrapped.get(key);
    if (!entry) wrapped.set(key, entry = wrapRow(step, texts, columns));
    // Copies: callers own their lines (a continued row slices them).
    const c = entry.cells;
    return { font: entry.font, cells: { no: [...c.no], activity: [...c.activity], requirements: [...c.requirements], duration: [...c.duration], output: [...c.output], notes: [...c.notes] } };
}

function wrapRow(step: Step, texts: ReturnType<typeof cellTexts>, columns: TableColumns): { font: Font; cells: Cells } {
    const wrapAll = (font: Font) => ({
        no: wrapCell(String(step.number), columns.no, font),
        activity: wrapCell(texts.activity, columns.activity, font),
        requirements: wrapCell(texts.requirements, columns.requirements, font),
        duration: wrapCell(texts.duration, columns.duration, font),
        output: wrapCell(texts.output, columns.output, font),
        notes: wrapCell(texts.notes, columns.notes, font),
    });
    let font = ROW_FONTS[0];
    let cells = wrapAll(font);
    for (const smaller of ROW_FONTS.slice(1)) {
        if (maxOf(Object.values(cells), l => l.length) <= MAX_LINES) break;
        font = smaller;
        cells = wrapAll(font);
    }
    return { font, cells };
}

const TEXT_CELLS = ['no', 'activity', 'requirements', 'duration', 'output', 'notes'] as const;

/**
 * A row taller than `limit` split into parts of at most `limit`, as offices continue a long cell on
 * the next page: the first part holds the symbols and the first lines of every cell, each later part
 * the next lines. A row that fits stays whole. `band`: as for rowText.
 */
export function splitRow(row: RowText, limit: number, band: number = SPACING.rowBand): RowText[] {
    if (row.height <= limit) return [row];
    const line = lineHeight(row.font);
    const per = Math.max(1, Math.floor((limit - 2 * STYLE.cellPadY) / line));
    const count = Math.ceil(maxOf(TEXT_CELLS, k => row[k].length) / per);
    const parts: RowText[] = [];
    for (let i = 0; i < count; i++) {
        const part: RowText = { ...row, shapeHeight: i === 0 ? row.shapeHeight : 0, ...(i > 0 ? { continued: true } : {}) };
        for (const k of TEXT_CELLS) part[k] = row[k].slice(i * per, (i + 1) * per);
        const text = maxOf(TEXT_CELLS, k => cellTextHeight(part[k], row.font));
        part.height = Math.max(text, i === 0 ? row.shapeHeight + 2 * band : cellTextHeight([''], row.font));
        parts.push(part);
    }
    return parts;
}

/**
 * The header: NO | KEGIATAN | PELAKSANA (optional groups, then the actors) | MUTU BAKU (KELENGKAPAN,
 * WAKTU, OUTPUT) | KETERANGAN, with the headings as the office prints them, and an optional row of
 * column numbers (1), (2), … under it.
 */
export interface HeaderText {
    rowA: number;
    /** The actor-group row (0 without groups). */
    rowG: number;
    rowB: number;
    /** The column-number row (0 without it). */
    rowN: number;
    actorsLabel: string[];
    qualityLabel: string[];
    groups: Array<{ lines: string[]; first: number; last: number }>;
    actorLines: string[][];
    mutuLines: { requirements: string[]; duration: string[]; output: string[] };
    spanning: { no: string[]; activity: string[]; notes: string[] };
}

/** Height of the whole header. */
export function headerHeight(h: HeaderText): number {
    return h.rowA + h.rowG + h.rowB + h.rowN;
}

/**
 * A heading cell holds at most this many lines: the header repeats on every page, so a long actor
 * name or heading must not push the rows off the page (the `text-too-long` hint tells the writer).
 */
export const MAX_HEADER_LINES = 10;

/** `text` wrapped into `column`, cut after `MAX_HEADER_LINES` lines with an ellipsis. */
function headerCell(text: string, column: Column, font: Font): string[] {
    const lines = wrapCell(text, column, font);
    if (lines.length <= MAX_HEADER_LINES) return lines;
    const kept = lines.slice(0, MAX_HEADER_LINES);
    let last = kept[MAX_HEADER_LINES - 1].replace(/-$/, '');
    // The last line already fits, so only a few letters make room for the ellipsis.
    while (last.length > 0 && textWidth(`${last}…`, font) > innerWidth(column)) last = last.slice(0, -1);
    kept[MAX_HEADER_LINES - 1] = `${last}…`;
    return kept;
}

export function headerText(doc: SopDocument, columns: TableColumns): HeaderText {
    const font = STYLE.headerFont;
    const hd = doc.table?.headings ?? {};
    const actorLines = columns.actors.map((c, i) => headerCell(doc.actors[i]?.label ?? '-', c, font));
    const mutuLines = {
        requirements: headerCell(hd.requirements ?? 'KELENGKAPAN', columns.requirements, font),
        duration: headerCell(hd.duration ?? 'WAKTU', columns.duration, font),
        output: headerCell(hd.output ?? 'OUTPUT', columns.output, font),
    };
    const spanning = [headerCell('NO', columns.no, font), headerCell(hd.activity ?? 'KEGIATAN', columns.activity, font), headerCell(hd.notes ?? 'KETERANGAN', columns.notes, font)];
    const actorsSpan = { x: columns.actors[0].x, width: columns.actors.reduce((s, c) => s + c.width, 0) };
    const qualitySpan = { x: columns.requirements.x, width: columns.output.x + columns.output.width - columns.requirements.x };
    const actorsLabel = headerCell(hd.actors ?? 'PELAKSANA', actorsSpan, font);
    const qualityLabel = headerCell(hd.quality ?? 'MUTU BAKU', qualitySpan, font);
    const colOf = new Map(doc.actors.map((a, i) => [a.id, i]));
    const groups = (doc.actorGroups ?? []).map(g => {
        const cols = g.actors.map(a => colOf.get(a)).filter((c): c is number => c !== undefined);
        const first = cols.length ? Math.min(cols[0], cols[cols.length - 1]) : NaN;
        const last = cols.length ? Math.max(cols[0], cols[cols.length - 1]) : NaN;
        const span = { x: columns.actors[first]?.x ?? 0, width: (columns.actors[last]?.x ?? 0) + (columns.actors[last]?.width ?? 0) - (columns.actors[first]?.x ?? 0) };
        return { lines: headerCell(g.label, span, font), first, last };
    }).filter(g => Number.isFinite(g.first) && columns.actors[g.first] && columns.actors[g.last]);
    const one = lineHeight(font) + 2 * STYLE.cellPadY + 2;
    const rowA = Math.max(one, maxOf([actorsLabel, qualityLabel], l => cellTextHeight(l, font)));
    const rowG = groups.length ? Math.max(one, maxOf(groups, g => cellTextHeight(g.lines, font))) : 0;
    let rowB = Math.max(maxOf([...actorLines, ...Object.values(mutuLines)], l => cellTextHeight(l, font)), one);
    // NO, KEGIATAN and KETERANGAN span the heading rows: row B grows if their text needs more.
    const tallest = maxOf(spanning, l => cellTextHeight(l, font));
    rowB = Math.max(rowB, tallest - rowA - rowG);
    const rowN = doc.table?.columnNumbers ? lineHeight(STYLE.smallFont) + 2 * STYLE.cellPadY : 0;
    return { rowA, rowG, rowB, rowN, actorsLabel, qualityLabel, groups, actorLines, mutuLines, spanning: { no: spanning[0], activity: spanning[1], notes: spanning[2] } };
}
