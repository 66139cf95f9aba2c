/**
 * The monitoring and evaluation forms of an SOP or a folder of SOPs (format reference section 7), as
 * plain data that the PDF and Word writers both draw: titles, label/value lines, tables whose cells hold
 * text or check boxes, and a signature block. Filled from the model: each SOP's name and number, its
 * steps with their pelaksana and mutu baku; the assessor's columns stay empty to fill by hand.
 */
import type { PaperSize, SopDocument, Step } from '../model/sop-document.js';

export const FORM_KINDS = ['monitoring', 'evaluasi'] as const;
export type FormKind = typeof FORM_KINDS[number];

/** A table cell: text (a bold first line, smaller lines under it) or a set of check boxes, one per line. */
export interface FormCell {
    text?: string;
    bold?: boolean;
    /** Smaller lines under the text (pelaksana, mutu baku). */
    details?: string[];
    /** Unticked check boxes with these labels. */
    options?: string[];
    align?: 'left' | 'center';
}

export interface FormColumn {
    heading: string;
    /** Share of the table's width (the shares of a table add up to 1). */
    share: number;
}

export interface FormTable {
    columns: FormColumn[];
    /** The regulation's row of column numbers (1) … (n) under the headings. */
    numbered: boolean;
    rows: FormCell[][];
}

export type FormBlock =
    | { kind: 'title'; lines: string[] }
    | { kind: 'fields'; rows: Array<[string, string]> }
    | { kind: 'heading'; text: string }
    | { kind: 'table'; table: FormTable }
    | { kind: 'note'; lines: string[] }
    | { kind: 'choices'; label: string; options: string[] }
    | { kind: 'signature'; role: string };

/** One part that starts on a new page (the whole monitoring form; one SOP's evaluation). */
export interface FormSection {
    blocks: FormBlock[];
}

export interface FormDocument {
    kind: FormKind;
    title: string;
    orientation: 'landscape' | 'portrait';
    paper: PaperSize;
    sections: FormSection[];
}

/** A line to write on by hand. */
export const BLANK = '……………………………………………';

/** Tabel 7: the two canonical answers (section 7.1). */
export const MONITORING_ANSWERS = ['Berjalan dengan baik', 'Tidak berjalan dengan baik'];

/**
 * Tabel 8 criteria (section 7.2): the six every source agrees on, and "Sinergi satu dengan lainnya",
 * which the Excel export of one app adds; offices that do not use it leave it empty or delete the row in Word.
 */
export const EVALUATION_CRITERIA = [
    'Mampu mendorong peningkatan kinerja',
    'Mudah dipahami',
    'Mudah dilaksanakan',
    'Semua orang dapat menjalankan perannya masing-masing',
    'Mampu mengatasi permasalahan yang berkaitan dengan proses',
    'Mampu menjawab kebutuhan peningkatan kinerja organisasi',
    'Sinergi satu dengan lainnya',
];

export const RECOMMENDATIONS = ['Dipertahankan', 'Direvisi', 'Dicabut'];

/** SOPs in the order of their numbers (natural order: SOP-2 before SOP-10); SOPs without a number last, by title. */
export function formsOrder(docs: SopDocument[]): SopDocument[] {
    const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
    return [...docs].sort((a, b) => collator.compare(a.identity.number ?? '\uffff', b.identity.number ?? '\uffff') || collator.compare(a.title, b.title));
}

export function buildForms(kind: FormKind, docs: SopDocument[], paper?: PaperSize): FormDocument {
    const chosen = paper ?? docs[0]?.paper ?? 'A4';
    return kind === 'monitoring'
        ? { kind, title: 'MONITORING PELAKSANAAN SOP AP', orientation: 'landscape', paper: chosen, sections: [monitoringSection(docs)] }
        : { kind, title: 'EVALUASI PENERAPAN SOP AP', orientation: 'portrait', paper: chosen, sections: docs.map(evaluationSection) };
}

function monitoringSection(docs: SopDocument[]): FormSection {
    const rows = docs.flatMap((doc, i) => [
        [cell(`${i + 1}.`), { text: sopName(doc), bold: true, details: doc.identity.number ? [doc.identity.number] : [] }, answers(), cell(''), cell(''), cell('')],
        ...doc.steps.map(step => [cell(`${i + 1}.${step.number}`), stepCell(doc, step), answers(), cell(''), cell(''), cell('')]),
    ]);
    return {
        blocks: [
            { kind: 'title', lines: ['MONITORING PELAKSANAAN SOP AP'] },
            { kind: 'fields', rows: [['Instansi / Unit Kerja', institutionOf(docs)], ['Periode Monitoring', 'Semester I / II *) Tahun ……………'], ['Nama Penilai', BLANK], ['Tanggal Penilaian', BLANK]] },
            {
                kind: 'table', table: {
                    numbered: true, rows,
                    columns: [
                        { heading: 'No.', share: 0.05 }, { heading: 'Prosedur', share: 0.33 }, { heading: 'Penilaian Terhadap Penerapan', share: 0.17 },
                        { heading: 'Catatan Hasil Penilaian', share: 0.17 }, { heading: 'Tindakan yang Harus Diambil', share: 0.17 }, { heading: 'Paraf Penilai', share: 0.11 },
                    ],
                },
            },
            { kind: 'note', lines: ['*) Coret yang tidak perlu. Beri tanda centang pada salah satu penilaian. Baris bernomor n.m adalah langkah m dari SOP n, dengan pelaksana dan mutu bakunya sebagai acuan penilaian.', 'Monitoring dilakukan secara berkala setiap enam bulan, serta terus-menerus selama SOP dilaksanakan.'] },
            { kind: 'signature', role: 'Penilai' },
        ],
    };
}

function evaluationSection(doc: SopDocument): FormSection {
    const actors = doc.actors.map(a => a.label).join(', ') || '-';
    return {
        blocks: [
            { kind: 'title', lines: ['EVALUASI PENERAPAN SOP AP'] },
            {
                kind: 'fields', rows: [
                    ['Nama SOP', sopName(doc)], ['Nomor SOP', doc.identity.number ?? '-'], ['Instansi / Unit Kerja', doc.identity.institution.join(', ') || '-'],
                    ['Pelaksana', actors], ['Jumlah kegiatan', `${doc.steps.length} langkah`], ['Periode Evaluasi', 'Tahun ……………'], ['Nama Penilai', BLANK],
                ],
            },
            { kind: 'heading', text: 'A. Penilaian penerapan' },
            {
                kind: 'table', table: {
                    numbered: false,
                    columns: [{ heading: 'No.', share: 0.07 }, { heading: 'Pertanyaan', share: 0.5 }, { heading: 'Ya', share: 0.08 }, { heading: 'Tidak', share: 0.08 }, { heading: 'Catatan', share: 0.27 }],
                    rows: EVALUATION_CRITERIA.map((c, i) => [cell(`${i + 1}.`), cell(c, 'left'), { options: [''], align: 'center' }, { options: [''], align: 'center' }, cell('')]),
                },
            },
            { kind: 'heading', text: 'B. Kesesuaian pelaksanaan dengan mutu baku' },
            {
                kind: 'table', table: {
                    numbered: false,
                    columns: [{ heading: 'No.', share: 0.07 }, { heading: 'Kegiatan dan pelaksana', share: 0.36 }, { heading: 'Mutu baku', share: 0.25 }, { heading: 'Sesuai', share: 0.1 }, { heading: 'Catatan', share: 0.22 }],
                    rows: doc.steps.map(step => [cell(`${step.number}.`), { text: step.activity, details: [`Pelaksana: ${performers(doc, step)}`] }, { details: qualityLines(step) }, { options: ['Ya', 'Tidak'] }, cell('')]),
                },
            },
            { kind: 'heading', text: 'C. Catatan hasil evaluasi' },
            { kind: 'note', lines: [BLANK.repeat(3), BLANK.repeat(3)] },
            { kind: 'choices', label: 'D. Rekomendasi', options: RECOMMENDATIONS },
            { kind: 'signature', role: 'Penilai' },
        ],
    };
}

function cell(text: string, align: 'left' | 'center' = 'center'): FormCell {
    return { text, align };
}

function answers(): FormCell {
    return { options: MONITORING_ANSWERS };
}

function stepCell(doc: SopDocument, step: Step): FormCell {
    return { text: step.activity, details: [`Pelaksana: ${performers(doc, step)}`, `Mutu baku: ${qualityLines(step).join('; ')}`] };
}

export function sopName(doc: SopDocument): string {
    const title = doc.title || doc.id;
    return /^SOP\b/i.test(title) ? title : `SOP ${title}`;
}

/** The step's pelaksana (joint steps name every performer). */
function performers(doc: SopDocument, step: Step): string {
    const label = (id: string | undefined) => doc.actors.find(a => a.id === id)?.label;
    return [step.actor, ...step.coActors].map(label).filter(Boolean).join(', ') || '-';
}

function qualityLines(step: Step): string[] {
    const q = step.quality;
    return [
        `kelengkapan ${q.requirements.length ? q.requirements.join(', ') : '-'}`,
        `waktu ${q.duration?.display ?? '-'}`,
        `output ${q.output ?? '-'}`,
    ];
}

/** The instansi lines most SOPs share (the first SOP's when they differ), joined. */
export function institutionOf(docs: SopDocument[]): string {
    const counts = new Map<string, number>();
    for (const d of docs) {
        const key = d.identity.institution.join(', ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best = '';
    let n = 0;
    for (const [key, count] of counts) if (count > n) [best, n] = [key, count];
    return best || '-';
}
