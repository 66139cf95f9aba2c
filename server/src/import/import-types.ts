/**
 * What the readers hand to the recogniser: tables as cells with spans, symbols found in cells and
 * arrows between symbols. PDF and DOCX readers both produce this, so one recogniser serves both.
 */
import type { SymbolKind } from '../model/sop-document.js';

/** A cell of a table, on the grid of the table's finest columns and rows (0-based). */
export interface GridCell {
    row: number;
    col: number;
    rowSpan: number;
    colSpan: number;
    /** Text of the cell, lines joined with `\n`. */
    text: string;
}

/** A flowchart symbol as drawn; `connector` is an off-page connector (pentagon) with its label. */
export interface GridSymbol {
    id: string;
    /** Grid row and column of the cell the symbol sits in. */
    row: number;
    col: number;
    kind: SymbolKind | 'connector';
    text?: string;
}

/** An arrow from one symbol to another, with the label written beside it. */
export interface GridArrow {
    from: string;
    to: string;
    label?: string;
    /** Set by a reader when the label could belong to another arrow too. */
    labelUnsure?: boolean;
}

export interface GridTable {
    cells: GridCell[];
    symbols: GridSymbol[];
    arrows: GridArrow[];
    /** Grid rows that start a new page (PDF tables continued over pages). */
    pageStarts: number[];
    /** Symbols of one row tied by a line without a head: the performers of a joint step. */
    joins?: Array<[string, string]>;
    /** Page x of the grid's column rules (PDF), to tell a headerless continuation on the next page. */
    xs?: number[];
    /** The symbols were read from pixels, the arrows were not: the flow is left to a person. */
    arrowsUnread?: boolean;
}

/** A reader's result: the document's tables in order, plus what the reader itself could not do. */
export interface SourceDocument {
    format: 'pdf' | 'docx';
    tables: GridTable[];
    /** Reader-level notes for the user (a flowchart held as a picture, an arrow with one end). */
    notes: ImportNote[];
}

/** One thing a person should look at; becomes an `// IMPORT:` comment and a line of the summary. */
export interface ImportNote {
    /** Message code in the import catalogue. */
    code: string;
    args: string[];
}
