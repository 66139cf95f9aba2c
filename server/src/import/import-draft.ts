/**
 * The draft model an import builds before writing `.sop` text: plain data, close to the printed
 * table (rows, actor columns, symbols per cell, arrows between symbols) with every guess attached
 * where it applies, so the writer can put each guess as a comment on its line.
 */
import type { SymbolKind } from '../model/sop-document.js';
import type { ImportNote } from './import-types.js';

export interface DraftIdentity {
    title?: string;
    institution: string[];
    number?: string;
    createdOn?: string;
    revisedOn?: string;
    effectiveOn?: string;
    approverPosition?: string;
    approverName?: string;
    approverNip?: string;
    lists: Partial<Record<DraftListField, string[]>>;
    /** Guesses per identity field (a label read by a synonym, a date kept as text). */
    notes: Partial<Record<string, ImportNote[]>>;
}

export type DraftListField = 'legalBasis' | 'qualifications' | 'relatedSops' | 'equipment' | 'warnings' | 'records';

export interface DraftActor {
    label: string;
    group?: string;
}

export interface DraftSymbol {
    /** 0-based actor column. */
    actor: number;
    kind: SymbolKind;
    text?: string;
}

export interface DraftRow {
    activity: string;
    requirements: string[];
    duration?: string;
    /** The WAKTU cell is merged with the row above (`waktu gabung`). */
    durationMerged?: boolean;
    output?: string;
    notes: string[];
    symbols: DraftSymbol[];
    /** The symbols are the performers of one joint step (`bersama`); the first is the entry. */
    joint?: boolean;
    pageBreakBefore: boolean;
    rowNotes: ImportNote[];
}

/** An arrow between two symbols, addressed as [row index, symbol index in the row]. */
export interface DraftArrow {
    from: [number, number];
    to: [number, number];
    label?: string;
    notes: ImportNote[];
}

export interface DraftDocument {
    identity: DraftIdentity;
    actors: DraftActor[];
    rows: DraftRow[];
    arrows: DraftArrow[];
    /** Whether arrows were read at all; without them the writer leaves the flow implicit and says so. */
    flowKnown: boolean;
    notes: ImportNote[];
}
