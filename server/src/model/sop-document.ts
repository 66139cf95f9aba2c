/**
 * The plain-data model of one SOP-AP, built from the validated AST. Every feature after parsing
 * (renderer, exports, insights, preview) reads this, never the AST. It is JSON-serialisable.
 */
import type { Lang } from '../vocabulary/sop-vocabulary.js';

/** 0-based LSP-style range in the source file. */
export interface SourceRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

/** The shape of one symbol: kapsul, kotak (proses) or belah ketupat (keputusan). */
export type SymbolKind = 'terminator' | 'process' | 'decision';
export type PaperSize = 'A4' | 'F4' | 'Letter' | 'Legal';
export type SopStatus = 'draft' | 'final';

/** Normalised unit families. `workday` (hari kerja) is kept apart from calendar `day`. */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'workday' | 'week' | 'month' | 'year';

export interface Duration {
    /** `exact`: "5 menit"; `range`: "5-10 menit"; `max`: "maksimal 3 hari"; `none`: "-"; `text`: free text. */
    kind: 'exact' | 'range' | 'max' | 'none' | 'text';
    min?: number;
    max?: number;
    unit?: DurationUnit;
    /** The unit as written, e.g. "hari kerja"; kept for display and for typo fixes. */
    unitText?: string;
    /** The value as it should print in the WAKTU column, in Indonesian. */
    display: string;
    range?: SourceRange;
}

export interface SopDate {
    /** ISO `YYYY-MM-DD`, when the date is a valid calendar date. */
    iso?: string;
    /** Indonesian long form, e.g. "3 Februari 2025", or "-" when empty. */
    display: string;
    range?: SourceRange;
}

export interface Approver {
    position?: string;
    name?: string;
    /** Digits only, as written (grouping removed). */
    nip?: string;
    rank?: string;
    /** Signed electronically (TTE, e.g. through BSrE): a QR code, usually without NIP. */
    electronic?: boolean;
    range?: SourceRange;
}

export interface RelatedSop {
    /** Display text: the referenced SOP's title, or the free text. */
    text: string;
    /** Set when the item references another SOP by name. */
    sopId?: string;
    /** File URI of the referenced SOP, when it was resolved. */
    uri?: string;
    range?: SourceRange;
}

export interface Identity {
    institution: string[];
    logo?: string;
    number?: string;
    createdOn?: SopDate;
    revisedOn?: SopDate;
    effectiveOn?: SopDate;
    approver?: Approver;
    legalBasis: string[];
    qualifications: string[];
    relatedSops: RelatedSop[];
    equipment: string[];
    warnings: string[];
    records: string[];
}

export interface Actor {
    id: string;
    /** The jabatan printed in the column header. */
    label: string;
    /** 0-based column index among the actors. */
    index: number;
    /** Id of the actor group (a header level above the jabatan), when the file declares groups. */
    group?: string;
    range: SourceRange;
}

/** A header spanning consecutive actor columns ("Satker Penerima" over three jabatan). */
export interface ActorGroup {
    id: string;
    label: string;
    /** Actor ids under this group, in column order. */
    actors: string[];
    range: SourceRange;
}

/**
 * One shape in one actor cell of a row. Real documents are drawn at this level: a row may hold
 * symbols of different kinds in different actor columns, with arrows between them.
 */
export interface FlowSymbol {
    /** `<step>.<actor>`: unique in the document, and how `ke`/`lanjut` address it. */
    id: string;
    /** 1-based row (the step's number). */
    step: number;
    /** Actor id (the column); undefined when the actor is missing or unresolved. */
    actor?: string;
    kind: SymbolKind;
    /** Text printed inside the shape ("Via Email", "Lengkap?"); most real shapes are empty. */
    text?: string;
    /**
     * `flow`: a node of the flow graph. `joined`: a co-actor box of a joint step (`bersama`),
     * tied to the row's entry symbol by a plain line and not part of the flow.
     */
    role: 'flow' | 'joined';
    /** A start of the flow: no arrow comes in and it is a terminator or the first symbol of row 1. */
    isStart: boolean;
    /** An end of the flow: a flow symbol with no arrow going out. */
    isEnd: boolean;
    range: SourceRange;
}

export interface QualityStandard {
    requirements: string[];
    duration?: Duration;
    /** `waktu gabung`: the WAKTU cell is merged with the row above (one time for both activities). */
    durationMerged?: boolean;
    output?: string;
}

export interface Step {
    id: string;
    /** 1-based row number (NO column). */
    number: number;
    activity: string;
    /** The kind of the step's entry symbol. */
    kind: SymbolKind;
    /** Actor id of the primary performer; undefined when missing or unresolved. */
    actor?: string;
    /** Further performers of a joint step, in the order written. */
    coActors: string[];
    /** Short label inside a decision diamond, e.g. "Lengkap?" (the entry symbol's text). */
    question?: string;
    /** Every symbol of the row, flow and joined, in the order written; the first flow symbol is the entry. */
    symbols: FlowSymbol[];
    /** Id of the entry symbol: where an arrow addressed to the step (`ke <step>`) arrives. */
    entry: string;
    quality: QualityStandard;
    notes: string[];
    /** True when the entry symbol ends the flow (no arrow goes out of it). */
    isEnd: boolean;
    /** `halaman baru`: the row starts a new page. */
    pageBreakBefore?: boolean;
    range: SourceRange;
    nameRange: SourceRange;
}

/** An arrow between two symbols; `from`/`to` project it onto rows for row-level readers. */
export interface Edge {
    /** Step numbers (1-based) of the two symbols' rows. */
    from: number;
    to: number;
    /** Symbol ids (`FlowSymbol.id`) of both ends. */
    fromSymbol: string;
    toSymbol: string;
    /** `yes`/`no`: the Ya/Tidak exits of a decision; `branch`: a custom-labelled exit (`cabang`). */
    kind: 'next' | 'yes' | 'no' | 'branch';
    /** Branch label for decisions ("Ya", "Tidak" or custom); undefined for plain flow. */
    label?: string;
    /** True when the successor is implied by row order rather than written. */
    implicit: boolean;
    range?: SourceRange;
}

/** Column headings as the office prints them; undefined keeps the canonical label. */
export interface ColumnHeadings {
    activity?: string;
    actors?: string;
    quality?: string;
    requirements?: string;
    duration?: string;
    output?: string;
    notes?: string;
}

/** How the flowchart table is printed. */
export interface TableOptions {
    headings: ColumnHeadings;
    /** The optional row of column numbers (1), (2), … under the headings. */
    columnNumbers: boolean;
    /** Repeat the header rows on every table page (default) or print them on the first only. */
    repeatHeader: boolean;
    /** `auto`: identity and table share a page when they fit; `separate`: the table starts a new page. */
    identityPage: 'auto' | 'separate';
}

export interface SopDocument {
    uri: string;
    id: string;
    title: string;
    status: SopStatus;
    paper: PaperSize;
    /** Keyword language the file is written in (majority of keywords); decided once, here. */
    language: Lang;
    identity: Identity;
    actors: Actor[];
    actorGroups: ActorGroup[];
    table: TableOptions;
    steps: Step[];
    edges: Edge[];
    footnotes: string[];
}
