import type { SopDocument, Step } from '../model/sop-document.js';
import { SPACING } from './layout-constants.js';
import { STYLE } from './render-style.js';
import { lineHeight, textWidth, type Font } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { maxOf } from './max-of.js';

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

const FIXED = { no: 30, duration: 64 };
const TEXT_WEIGHTS = { activity: 0.22, requirements: 0.14, output: 0.13, notes: 0.12 };
/** Minimum widths: the bold header labels (KELENGKAPAN, KETERANGAN) fit without a break. */
const TEXT_MIN = {
    activity: 110,
    requirements: Math.ceil(textWidth('KELENGKAPAN', STYLE.headerFont)) + 2 * STYLE.cellPadX + 4,
    output: 68,
    notes: Math.ceil(textWidth('KETERANGAN', STYLE.headerFont)) + 2 * STYLE.cellPadX + 4,
};
const ACTOR = { max: 150, hardMin: 50 };

/** Fixed NO/WAKTU; actors share what the text columns leave (within [min, max]); text columns get their minimum plus a weighted share of the rest. */
export function tableColumns(x: number, width: number, actorCount: number): TableColumns {
    const n = Math.max(1, actorCount);
    const keys = ['activity', 'requirements', 'output', 'notes'] as const;
    const textShare = keys.reduce((s, k) => s + TEXT_WEIGHTS[k], 0);
    const textMin = keys.reduce((s, k) => s + TEXT_MIN[k], 0);
    const fixed = FIXED.no + FIXED.duration;
    const preferred = (width - fixed - width * textShare) / n;
    const room = (width - fixed - textMin) / n;
    const actor = Math.max(ACTOR.hardMin, Math.min(ACTOR.max, Math.max(preferred, Math.min(room, 100))));
    const extra = Math.max(0, width - fixed - actor * n - textMin);
    const text = (k: typeof keys[number]) => TEXT_MIN[k] + (extra * TEXT_WEIGHTS[k]) / textShare;
    let cursor = x;
    const take = (w: number): Column => {
        const c = { x: cursor, width: w };
        cursor += w;
        return c;
    };
    const no = take(FIXED.no);
    const activity = take(text('activity'));
    const actors = Array.from({ length: n }, () => take(actor));
    const requirements = take(text('requirements'));
    const duration = take(FIXED.duration);
    const output = take(text('output'));
    const notes = take(Math.max(TEXT_MIN.notes, x + width - cursor));
    return { x, width: cursor - x, no, activity, actors, requirements, duration, output, notes };
}

/** Wrapped text of one body row and the row's height. */
export interface RowText {
    step: Step;
    no: string[];
    activity: string[];
    requirements: string[];
    duration: string[];
    output: string[];
    notes: string[];
    /** Height of the tallest shape of the row. */
    shapeHeight: number;
    height: number;
}

export function innerWidth(column: Column): number {
    return column.width - 2 * STYLE.cellPadX;
}

export function wrapCell(text: string, column: Column, font: Font = STYLE.bodyFont): string[] {
    return text.trim() === '' ? [] : wrapText(text, innerWidth(column), font);
}

export function cellTextHeight(lines: string[], font: Font = STYLE.bodyFont): number {
    return lines.length * lineHeight(font) + 2 * STYLE.cellPadY;
}

export function rowText(step: Step, columns: TableColumns, shapeHeight: number): RowText {
    const q = step.quality;
    const cells = {
        no: wrapCell(String(step.number), columns.no),
        activity: wrapCell(step.activity, columns.activity),
        requirements: wrapCell(q.requirements.length ? q.requirements.join(', ') : '-', columns.requirements),
        duration: wrapCell(q.duration?.display ?? '-', columns.duration),
        output: wrapCell(q.output ?? '-', columns.output),
        notes: wrapCell(step.notes.join('\n'), columns.notes),
    };
    const textHeight = maxOf(Object.values(cells), lines => cellTextHeight(lines));
    const height = Math.max(textHeight, shapeHeight + 2 * SPACING.rowBand);
    return { step, ...cells, shapeHeight, height };
}

/** The two header rows: NO | KEGIATAN | PELAKSANA (actors) | MUTU BAKU (KELENGKAPAN, WAKTU, OUTPUT) | KETERANGAN. */
export interface HeaderText {
    rowA: number;
    rowB: number;
    actorLines: string[][];
    mutuLines: { requirements: string[]; duration: string[]; output: string[] };
    spanning: { no: string[]; activity: string[]; notes: string[] };
}

export function headerText(doc: SopDocument, columns: TableColumns): HeaderText {
    const font = STYLE.headerFont;
    const actorLines = columns.actors.map((c, i) => wrapCell(doc.actors[i]?.label ?? '-', c, font));
    const mutuLines = {
        requirements: wrapCell('KELENGKAPAN', columns.requirements, font),
        duration: wrapCell('WAKTU', columns.duration, font),
        output: wrapCell('OUTPUT', columns.output, font),
    };
    const spanning = [wrapCell('NO', columns.no, font), wrapCell('KEGIATAN', columns.activity, font), wrapCell('KETERANGAN', columns.notes, font)];
    const rowA = lineHeight(font) + 2 * STYLE.cellPadY + 2;
    const rowB = Math.max(maxOf([...actorLines, ...Object.values(mutuLines)], l => cellTextHeight(l, font)), rowA);
    // NO, KEGIATAN and KETERANGAN span both rows: row B grows if their text needs more.
    const tallest = maxOf(spanning, l => cellTextHeight(l, font));
    return { rowA, rowB: Math.max(rowB, tallest - rowA), actorLines, mutuLines, spanning: { no: spanning[0], activity: spanning[1], notes: spanning[2] } };
}
