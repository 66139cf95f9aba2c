/**
 * The plain-data model of one SOP-AP, built from the validated AST. Every feature after parsing
 * (renderer, exports, insights, preview) reads this, never the AST. It is JSON-serialisable.
 */

/** 0-based LSP-style range in the source file. */
export interface SourceRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export type StepKind = 'terminator' | 'process' | 'decision';
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
    range: SourceRange;
}

export interface QualityStandard {
    requirements: string[];
    duration?: Duration;
    output?: string;
}

export interface Step {
    id: string;
    /** 1-based row number (NO column). */
    number: number;
    activity: string;
    kind: StepKind;
    /** Actor id of the primary performer; undefined when missing or unresolved. */
    actor?: string;
    /** Further performers of a joint step, in the order written. */
    coActors: string[];
    /** Short label inside a decision diamond, e.g. "Lengkap?". */
    question?: string;
    quality: QualityStandard;
    notes: string[];
    /** True when the step explicitly ends the flow (`selesai`) or is the last row. */
    isEnd: boolean;
    range: SourceRange;
    nameRange: SourceRange;
}

export interface Edge {
    /** Step numbers (1-based). */
    from: number;
    to: number;
    kind: 'next' | 'yes' | 'no';
    /** Branch label for decisions ("Ya", "Tidak" or custom); undefined for plain flow. */
    label?: string;
    /** True when the successor is implied by row order rather than written. */
    implicit: boolean;
    range?: SourceRange;
}

export interface SopDocument {
    uri: string;
    id: string;
    title: string;
    status: SopStatus;
    paper: PaperSize;
    /** Keyword language the file is written in (majority of keywords). */
    language: 'id' | 'en';
    identity: Identity;
    actors: Actor[];
    steps: Step[];
    edges: Edge[];
    footnotes: string[];
}
