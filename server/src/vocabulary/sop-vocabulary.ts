/**
 * The one vocabulary of the language: every concept with its Indonesian (`id`, primary) and English
 * (`en`) spelling. Completion, snippets, the formatter, keyword docs, checks and quick fixes take
 * their keywords from here; a unit test checks that the words equal the grammar's keywords.
 * `idAlt`/`enAlt` are further spellings the grammar accepts; the first spelling is the one inserted.
 */
export type Lang = 'id' | 'en';

export interface Spelling {
    readonly id: string;
    readonly en: string;
    readonly idAlt?: readonly string[];
    readonly enAlt?: readonly string[];
    /** The spelling starts a clause (a line), so a misspelling of its first word is corrected there. */
    readonly clause?: boolean;
}

const s = (id: string, en: string, more: Partial<Spelling> = {}): Spelling => ({ id, en, ...more });
const clause = (id: string, en: string, more: Partial<Spelling> = {}): Spelling => s(id, en, { clause: true, ...more });

export const KEYWORDS = {
    // the document
    sop: clause('sop', 'procedure'),
    footnote: clause('catatan kaki', 'footnote'),
    // identity sheet
    status: clause('status', 'status'),
    draft: s('draf', 'draft'),
    final: s('final', 'final'),
    institution: clause('instansi', 'institution'),
    logo: clause('logo', 'logo'),
    number: clause('nomor', 'number'),
    date: clause('tanggal', 'date'),
    created: clause('pembuatan', 'created'),
    revised: clause('revisi', 'revised'),
    effective: clause('efektif', 'effective'),
    approvedBy: clause('disahkan oleh', 'approved by'),
    position: clause('jabatan', 'position'),
    name: clause('nama', 'name'),
    nip: clause('nip', 'nip'),
    rank: clause('pangkat', 'rank'),
    esign: clause('tte', 'esign'),
    legalBasis: clause('dasar hukum', 'legal basis'),
    qualifications: clause('kualifikasi pelaksana', 'qualifications', { idAlt: ['kualifikasi'] }),
    equipment: clause('peralatan', 'equipment', { idAlt: ['peralatan dan perlengkapan', 'perlengkapan'] }),
    warnings: clause('peringatan', 'warnings'),
    records: clause('pencatatan dan pendataan', 'records', { idAlt: ['pencatatan'] }),
    related: clause('keterkaitan', 'related'),
    paper: clause('kertas', 'paper'),
    heading: clause('judul kolom', 'heading'),
    table: clause('tabel', 'table'),
    columnNumbers: s('nomor kolom', 'column numbers'),
    headerOnce: s('kepala sekali', 'header once'),
    separate: s('terpisah', 'separate'),
    // column keys of `judul kolom` (the others are the step clauses below)
    activityColumn: s('kegiatan', 'activity'),
    actorsColumn: s('pelaksana', 'actors'),
    qualityColumn: s('mutu baku', 'quality'),
    // actors
    actor: clause('pelaksana', 'actor'),
    group: clause('kelompok', 'group'),
    // step kinds
    step: clause('langkah', 'step'),
    process: clause('proses', 'process'),
    terminator: clause('kapsul', 'terminator'),
    decision: clause('keputusan', 'decision'),
    // step clauses
    by: clause('oleh', 'by'),
    with: clause('bersama', 'with'),
    cell: clause('sel', 'cell'),
    question: clause('pertanyaan', 'question'),
    text: clause('teks', 'text'),
    requires: clause('kelengkapan', 'requires'),
    time: clause('waktu', 'time'),
    output: clause('output', 'output'),
    notes: clause('keterangan', 'notes'),
    next: clause('lanjut', 'next'),
    to: s('ke', 'to'),
    end: clause('selesai', 'end'),
    yes: clause('ya', 'yes'),
    no: clause('tidak', 'no'),
    branch: clause('cabang', 'branch'),
    pageBreak: clause('halaman baru', 'page break'),
    // durations
    until: s('sampai', 'until'),
    times: s('x', 'x'),
    merged: s('gabung', 'merged'),
    max: s('maksimal', 'max', { idAlt: ['maks', 'paling lama'], enAlt: ['maximum', 'at most'] }),
} as const satisfies Record<string, Spelling>;

export type Concept = keyof typeof KEYWORDS;

/** Time units (not grammar keywords: any word is accepted and checked by the model). */
export const UNITS = {
    minute: s('menit', 'minutes'),
    hour: s('jam', 'hours'),
    day: s('hari', 'days'),
    workday: s('hari kerja', 'working days'),
    week: s('minggu', 'weeks'),
    month: s('bulan', 'months'),
    year: s('tahun', 'years'),
} as const satisfies Record<string, Spelling>;

/** The spelling of `concept` inserted into a file of language `lang`. */
export function kw(concept: Concept, lang: Lang): string {
    return KEYWORDS[concept][lang];
}

/** Every spelling of a concept in one language (primary first), or in both. */
export function spellings(entry: Spelling, lang?: Lang): string[] {
    const id = [entry.id, ...(entry.idAlt ?? [])];
    const en = [entry.en, ...(entry.enAlt ?? [])];
    return lang === 'id' ? id : lang === 'en' ? en : [...new Set([...id, ...en])];
}

/** The words of every spelling of the table: exactly the grammar's (word) keywords. */
export function vocabularyWords(lang?: Lang): Set<string> {
    return new Set(Object.values(KEYWORDS as Record<string, Spelling>).flatMap(e => spellings(e, lang)).flatMap(p => p.split(' ')));
}

const ID_WORDS = vocabularyWords('id');
const EN_WORDS = vocabularyWords('en');

/** Language of a keyword: 'id', 'en', or undefined when both languages write it (`nip`, `output`, `logo`…). */
export function keywordLanguage(keyword: string): Lang | undefined {
    const id = ID_WORDS.has(keyword);
    const en = EN_WORDS.has(keyword);
    return id === en ? undefined : id ? 'id' : 'en';
}

/** True when `word` is one of the language's keywords (either language). */
export function isKeyword(word: string): boolean {
    return ID_WORDS.has(word) || EN_WORDS.has(word);
}

/** First words of the spellings that start a clause: what a misspelled word at a line start is compared with. */
export function clauseStartWords(): Set<string> {
    return new Set(Object.values(KEYWORDS as Record<string, Spelling>).filter(e => e.clause)
        .flatMap(e => spellings(e)).map(p => p.split(' ')[0]));
}

/**
 * The concept among `among` that a written keyword phrase spells (`'dasar hukum'` → legalBasis).
 * Whitespace is ignored: Langium joins the words of a data-type rule without it (`mutubaku`).
 */
export function conceptOf<C extends Concept>(written: string, among: readonly C[]): C | undefined {
    const squash = (p: string) => p.replace(/\s+/g, '').toLowerCase();
    const phrase = squash(written);
    return among.find(c => spellings(KEYWORDS[c]).some(p => squash(p) === phrase));
}
