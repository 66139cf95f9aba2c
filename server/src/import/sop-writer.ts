/**
 * Writes a draft model as `.sop` text that always parses: names are generated, text is quoted and
 * escaped, values the grammar cannot take (odd dates, NIPs) become comments, and every guess is an
 * `// IMPORT: …` comment on the line it concerns.
 */
import type { Locale } from '../language/sop-messages.js';
import type { SymbolKind } from '../model/sop-document.js';
import type { DraftArrow, DraftDocument, DraftListField, DraftRow } from './import-draft.js';
import { GUESS_MARK, noteText } from './import-messages.js';
import type { ImportNote } from './import-types.js';
import { actorNames, sopName } from './sop-names.js';

const KIND_WORD: Record<SymbolKind, string> = { terminator: 'kapsul', process: 'langkah', decision: 'keputusan' };
const CELL_WORD: Record<SymbolKind, string> = { terminator: 'kapsul', process: 'proses', decision: 'keputusan' };
const LIST_WORD: Record<DraftListField, string> = {
    legalBasis: 'dasar hukum', qualifications: 'kualifikasi pelaksana', relatedSops: 'keterkaitan',
    equipment: 'peralatan', warnings: 'peringatan', records: 'pencatatan dan pendataan',
};
const DURATION = /^(?:(maksimal|maks|paling lama)\s+)?\d+(?:[.,]\d+)?(?:\s*(?:-|sampai)\s*\d+(?:[.,]\d+)?|\s*x\s*\d+)?\s+(menit|jam|hari|hari kerja|hari kalender|minggu|bulan|tahun)$/;

/** Quotes text for the grammar's STRING: escapes `\` and `"`, line breaks as `\n`. */
export function quote(text: string): string {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n') + '"';
}

export function writeSop(draft: DraftDocument, locale: Locale = 'id'): string {
    const w = new Writer(locale);
    writeIdentity(draft, w);
    const names = actorNames(draft.actors.map(a => a.label));
    const groupLabels = [...new Set(draft.actors.map(a => a.group).filter((g): g is string => g !== undefined))];
    const groupNames = actorNames([...draft.actors.map(a => a.label), ...groupLabels]).slice(names.length);
    w.blank();
    let group: string | undefined;
    draft.actors.forEach((actor, i) => {
        if (actor.group !== undefined && actor.group !== group) w.line(`kelompok ${groupNames[groupLabels.indexOf(actor.group)]} ${quote(actor.group)}`);
        group = actor.group;
        w.line(`pelaksana ${names[i]} ${quote(actor.label)}`);
    });
    w.blank();
    draft.rows.forEach((row, r) => writeRow(draft, row, r, names, w));
    return w.text();
}

function writeIdentity(draft: DraftDocument, w: Writer): void {
    const id = draft.identity;
    const title = id.title ?? 'SOP';
    w.line(`sop ${sopName(title)} ${quote(title)}`, id.notes.title);
    w.line('status draf');
    if (id.institution.length > 0) w.line(`instansi ${id.institution.map(quote).join(' ')}`, id.notes.institution);
    if (id.number) w.line(`nomor ${quote(id.number)}`, id.notes.number);
    for (const [key, word] of [['createdOn', 'pembuatan'], ['revisedOn', 'revisi'], ['effectiveOn', 'efektif']] as const) {
        const value = id[key];
        if (value !== undefined) w.line(`tanggal ${word} ${value}`, id.notes[key]);
        else w.notes(id.notes[key]);
    }
    const approver = [
        id.approverPosition ? `jabatan ${quote(id.approverPosition)}` : '',
        id.approverName ? `nama ${quote(id.approverName)}` : '',
        id.approverNip ? `nip ${id.approverNip.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4')}` : '',
    ].filter(Boolean);
    if (approver.length > 0) w.line(`disahkan oleh ${approver.join(' ')}`, id.notes.approver);
    else w.notes(id.notes.approver);
    for (const [field, word] of Object.entries(LIST_WORD) as Array<[DraftListField, string]>) {
        const items = id.lists[field];
        if (items && items.length > 0) w.line(`${word} ${items.map(quote).join(', ')}`, id.notes[field]);
        else w.notes(id.notes[field]);
    }
    w.notes(draft.notes);
}

function writeRow(draft: DraftDocument, row: DraftRow, r: number, names: string[], w: Writer): void {
    const name = stepName(r);
    const first = row.symbols[0];
    const head = `${KIND_WORD[first?.kind ?? 'process']} ${name} ${quote(row.activity)}`;
    const single = row.symbols.length === 1 || row.joint === true;
    const together = row.joint ? ` bersama ${row.symbols.slice(1).map(s => names[s.actor]).join(', ')}` : '';
    w.line(single ? `${head} oleh ${names[first.actor]}${together}` : head, row.rowNotes);
    if (single && first.text) w.line(`    ${first.kind === 'decision' ? 'pertanyaan' : 'teks'} ${quote(first.text)}`);
    row.symbols.forEach((symbol, s) => {
        if (row.joint && s > 0) return;
        if (!single) w.line(`    sel ${names[symbol.actor]} ${CELL_WORD[symbol.kind]}${symbol.text ? ' ' + quote(symbol.text) : ''}`);
        if (draft.flowKnown) writeExits(draft, r, s, names, w, single ? '    ' : '        ');
    });
    if (row.requirements.length > 0) w.line(`    kelengkapan ${row.requirements.map(quote).join(', ')}`);
    if (row.durationMerged) w.line('    waktu gabung');
    else if (row.duration !== undefined) writeDuration(row.duration, w);
    if (row.output) w.line(`    output ${quote(row.output)}`);
    if (row.notes.length > 0) w.line(`    keterangan ${row.notes.map(quote).join(', ')}`);
    if (row.pageBreakBefore && r > 0) w.line('    halaman baru');
}

function writeDuration(text: string, w: Writer): void {
    const plain = text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (plain === '' || plain === '-') w.line('    waktu -');
    else if (DURATION.test(plain)) w.line(`    waktu ${plain.replace(/(\d)\s*-\s*(\d)/, '$1-$2')}`);
    else w.line(`    waktu ${quote(text.trim())}`, [{ code: 'import-duration-as-text', args: [text.trim()] }]);
}

/** Writes a symbol's exits explicitly: implied successors would invent arrows the drawing lacks. */
function writeExits(draft: DraftDocument, r: number, s: number, names: string[], w: Writer, indent: string): void {
    const out = draft.arrows.filter(a => a.from[0] === r && a.from[1] === s);
    const kind = draft.rows[r].symbols[s].kind;
    if (out.length === 0) {
        w.line(`${indent}selesai`);
        return;
    }
    const plain: DraftArrow[] = [];
    for (const arrow of out) {
        const polarity = kind === 'decision' ? polarityOf(arrow.label) : undefined;
        const target = targetName(draft, arrow, names);
        if (polarity) w.line(`${indent}${polarity}${customLabel(arrow.label!, polarity)} ke ${target}`, arrow.notes);
        else if (kind === 'decision' && arrow.label) w.line(`${indent}cabang ${quote(arrow.label)} ke ${target}`, arrow.notes);
        else plain.push(arrow);
    }
    if (plain.length > 0) {
        const notes = plain.flatMap(a => a.notes);
        for (const a of plain) if (a.label) notes.push({ code: 'import-label-dropped', args: [a.label] });
        if (kind === 'decision') notes.push({ code: 'import-decision-unlabelled', args: [] });
        w.line(`${indent}lanjut ke ${plain.map(a => targetName(draft, a, names)).join(', ')}`, notes);
    }
}

function polarityOf(label: string | undefined): 'ya' | 'tidak' | undefined {
    const l = (label ?? '').trim().toLowerCase().replace(/[.:]$/, '');
    if (['ya', 'y', 'yes', 'sesuai', 'lengkap', 'setuju'].includes(l)) return 'ya';
    if (['tidak', 't', 'no', 'n', 'tdk', 'tidak sesuai', 'tidak lengkap', 'tidak setuju'].includes(l)) return 'tidak';
    return undefined;
}

function customLabel(label: string, polarity: 'ya' | 'tidak'): string {
    return label.trim().toLowerCase() === polarity ? '' : ` ${quote(label.trim())}`;
}

function targetName(draft: DraftDocument, arrow: DraftArrow, names: string[]): string {
    const [row, s] = arrow.to;
    const symbols = draft.rows[row].symbols;
    return symbols.length === 1 || draft.rows[row].joint ? stepName(row) : `${stepName(row)}.${names[symbols[s].actor]}`;
}

export function stepName(row: number): string {
    return `k${row + 1}`;
}

/** Collects lines; a line with notes gets its `// IMPORT:` comments just above it. */
class Writer {
    private readonly lines: string[] = [];
    constructor(private readonly locale: Locale) {}
    line(text: string, notes?: ImportNote[]): void {
        const indent = /^\s*/.exec(text)![0];
        for (const n of notes ?? []) this.lines.push(`${indent}// ${GUESS_MARK} ${noteText(n, this.locale)}`);
        this.lines.push(text);
    }
    notes(notes: ImportNote[] | undefined): void {
        for (const n of notes ?? []) this.lines.push(`// ${GUESS_MARK} ${noteText(n, this.locale)}`);
    }
    blank(): void { this.lines.push(''); }
    text(): string { return this.lines.join('\n') + '\n'; }
}
