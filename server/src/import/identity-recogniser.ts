/**
 * Reads the identity sheet from the tables that are not the flowchart: labels (with synonyms) and
 * their values, either in the same cell (`NOMOR SOP : 12`), the cell to the right, or, for lists,
 * the cell below.
 */
import type { DraftIdentity, DraftListField } from './import-draft.js';
import { ImportCodes, note } from './import-messages.js';
import type { GridCell, GridTable } from './import-types.js';
import { joinWrapped, lines, listItems } from './text-lines.js';

type Field = 'number' | 'createdOn' | 'revisedOn' | 'effectiveOn' | 'approver' | 'title' | DraftListField;

/** Canonical label first; the others are synonyms, which are reported as guesses. */
const LABELS: Array<[Field, string[]]> = [
    ['number', ['NOMOR SOP', 'NO SOP', 'NOMOR']],
    ['createdOn', ['TANGGAL PEMBUATAN', 'TGL PEMBUATAN', 'TANGGAL DIBUAT']],
    ['revisedOn', ['TANGGAL REVISI', 'TGL REVISI']],
    ['effectiveOn', ['TANGGAL EFEKTIF', 'TGL EFEKTIF', 'TANGGAL PENGESAHAN', 'TANGGAL BERLAKU']],
    ['approver', ['DISAHKAN OLEH', 'DITETAPKAN OLEH', 'PENGESAHAN']],
    ['title', ['NAMA SOP', 'JUDUL SOP', 'NAMA PROSEDUR']],
    ['legalBasis', ['DASAR HUKUM', 'LANDASAN HUKUM']],
    ['qualifications', ['KUALIFIKASI PELAKSANA', 'KUALIFIKASI']],
    ['relatedSops', ['KETERKAITAN', 'KETERKAITAN SOP']],
    ['equipment', ['PERALATAN/PERLENGKAPAN', 'PERALATAN / PERLENGKAPAN', 'PERALATAN DAN PERLENGKAPAN', 'PERALATAN', 'PERLENGKAPAN']],
    ['warnings', ['PERINGATAN']],
    ['records', ['PENCATATAN DAN PENDATAAN', 'PENCATATAN/PENDATAAN', 'PENCATATAN']],
];
const LIST_FIELDS = new Set<Field>(['legalBasis', 'qualifications', 'relatedSops', 'equipment', 'warnings', 'records']);
const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

interface LabelHit { field: Field; label: string; synonym: boolean; rest: string; colon: boolean }

/** Finds which field a cell labels and what follows the label in the same cell. */
export function labelOf(text: string): LabelHit | undefined {
    const [first, ...more] = text.trim().split('\n');
    for (const [field, labels] of LABELS) {
        for (const [i, label] of labels.entries()) {
            const pattern = label.split(/[\s/]+/).map(w => w.replace('.', '\\.?')).join('[\\s/.]*');
            const m = new RegExp(`^\\s*${pattern}\\.?(?=$|[\\s:])\\s*:?\\s*`, 'i').exec(first ?? '');
            if (m) return { field, label, synonym: i > 0, rest: [first.slice(m[0].length), ...more].join('\n').trim(), colon: m[0].includes(':') };
        }
    }
    return undefined;
}

export function emptyIdentity(): DraftIdentity {
    return { institution: [], lists: {}, notes: {} };
}

export function recogniseIdentity(tables: GridTable[]): DraftIdentity {
    const identity = emptyIdentity();
    for (const table of tables) {
        const used = new Set<GridCell>();
        for (const cell of table.cells) for (const [k, part] of labelledParts(cell.text).entries()) {
            const hit = labelOf(part);
            if (!hit) continue;
            used.add(cell);
            const source = hit.rest !== '' || k > 0 ? undefined : valueCell(table, cell, LIST_FIELDS.has(hit.field));
            if (source) used.add(source);
            const value = hit.rest !== '' ? hit.rest : source?.text ?? '';
            if (value.trim() === '' || labelOf(value)) continue;
            if (assign(identity, hit.field, value) && hit.synonym) {
                (identity.notes[hit.field] ??= []).push(note(ImportCodes.labelSynonym, hit.label, LABELS.find(l => l[0] === hit.field)![1][0]));
            }
        }
        if (identity.institution.length === 0) identity.institution = institutionOf(table, used);
    }
    if (!identity.title) identity.notes.title = [note(ImportCodes.titleMissing)];
    return identity;
}

/**
 * A cell holding several labelled lines (`Nomor SOP : …`, `Tanggal Pembuatan : …` one under the
 * other, as some offices lay out the sheet) in parts, one per label; a line without a label goes on
 * the part above (a value over two lines). Only a label followed by a colon starts a part after the first.
 */
function labelledParts(text: string): string[] {
    const parts: string[] = [];
    for (const line of text.split('\n')) {
        const hit = parts.length > 0 ? labelOf(line) : undefined;
        if (parts.length === 0 || (hit && hit.colon)) parts.push(line);
        else parts[parts.length - 1] += '\n' + line;
    }
    return parts;
}

/** The value of a label cell: right of it, or (lists) below it when the right cell is another label. */
function valueCell(table: GridTable, cell: GridCell, list: boolean): GridCell | undefined {
    const rightOf = (c0: GridCell) => table.cells.find(c => c.col === c0.col + c0.colSpan && c.row <= c0.row && c0.row < c.row + c.rowSpan);
    let right = rightOf(cell);
    // A column holding only the colon sits between label and value.
    if (right && right.text.trim() === ':') right = rightOf(right);
    const below = table.cells.find(c => c.row === cell.row + cell.rowSpan && c.col <= cell.col && cell.col < c.col + c.colSpan);
    if (list) return below && !labelOf(below.text) ? below : right;
    return right && right.text.trim() !== '' && !/^:?$/.test(right.text.trim()) ? right : below;
}

function assign(identity: DraftIdentity, field: Field, value: string): boolean {
    if (LIST_FIELDS.has(field)) {
        if (identity.lists[field as DraftListField]) return false;
        identity.lists[field as DraftListField] = listItems(value);
        return true;
    }
    if (field === 'approver') return assignApprover(identity, value);
    if (identity[field as 'number' | 'title' | 'createdOn'] !== undefined) return false;
    if (field === 'number') identity.number = joinWrapped(value).replace(/\n/g, ' ');
    else if (field === 'title') identity.title = joinWrapped(value).replace(/\n/g, ' ');
    else assignDate(identity, field as 'createdOn' | 'revisedOn' | 'effectiveOn', value);
    return true;
}

function assignDate(identity: DraftIdentity, field: 'createdOn' | 'revisedOn' | 'effectiveOn', value: string): void {
    const date = dateOf(value);
    if (date) identity[field] = date;
    else (identity.notes[field] ??= []).push(note(ImportCodes.dateAsText, field, joinWrapped(value).replace(/\n/g, ' ')));
}

/** A date as the grammar takes it: `3 Februari 2025`, `2025-02-03` or `-`. */
export function dateOf(text: string): string | undefined {
    const t = text.trim().replace(/\s+/g, ' ');
    if (/^-+$/.test(t)) return '-';
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
    let m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
    if (m && MONTHS.some(mo => mo.startsWith(m![2].toLowerCase().slice(0, 3)))) {
        const month = MONTHS.find(mo => mo.startsWith(m![2].toLowerCase().slice(0, 3)))!;
        return `${Number(m[1])} ${month[0].toUpperCase()}${month.slice(1)} ${m[3]}`;
    }
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
    if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return undefined;
}

/** DISAHKAN OLEH: position lines, then the name, then `NIP …` (or none, when signed electronically). */
function assignApprover(identity: DraftIdentity, value: string): boolean {
    if (identity.approverName || identity.approverPosition) return false;
    const all = lines(value);
    const nipAt = all.findIndex(l => /^NIP\b/i.test(l));
    if (nipAt >= 0) {
        const digits = all[nipAt].replace(/^NIP\.?\s*:?\s*/i, '').replace(/\s+/g, '');
        if (/^\d{18}$/.test(digits)) identity.approverNip = digits;
        else (identity.notes.approver ??= []).push(note(ImportCodes.nipUnreadable, all[nipAt]));
    }
    const before = nipAt >= 0 ? all.slice(0, nipAt) : all;
    const rankLess = before.filter(l => !/^(pembina|penata|pengatur|juru)\b/i.test(l));
    if (rankLess.length > 0) identity.approverName = rankLess[rankLess.length - 1];
    // The sheet prints the position with a comma before the name ("Kepala Dinas …,").
    if (rankLess.length > 1) identity.approverPosition = rankLess.slice(0, -1).join(' ').replace(/,$/, '');
    return true;
}

/**
 * The institution lines: the unlabelled cell, upper-case lines, that holds no label and no date; else
 * (an office that writes it in mixed case) the left block beside the labels, spanning several rows.
 */
function institutionOf(table: GridTable, used: Set<GridCell>): string[] {
    const free = table.cells.filter(c => !used.has(c) && lines(c.text).length > 0 && !dateOf(c.text) && !labelOf(c.text));
    const upper = free.filter(c => lines(c.text).every(l => l === l.toUpperCase() && /[A-Z]{3}/.test(l)));
    const best = upper.sort((a, b) => a.col - b.col || b.rowSpan - a.rowSpan)[0]
        ?? free.filter(c => c.col === 0 && c.rowSpan >= 3).sort((a, b) => b.rowSpan - a.rowSpan)[0];
    return best ? lines(best.text).slice(0, 4) : [];
}
