/** One import: bytes in, `.sop` text and the draft (for summaries and tests) out. */
import type { Locale } from '../language/sop-messages.js';
import { buildDraft } from './draft-builder.js';
import { readDocx } from './docx-reader.js';
import { sniffFormat, type ImportFormat } from './format-sniff.js';
import type { DraftDocument } from './import-draft.js';
import { readPdf } from './pdf-reader.js';
import { writeSop } from './sop-writer.js';
import { GUESS_MARK } from './import-messages.js';

export interface ImportResult {
    format: Exclude<ImportFormat, 'unknown'>;
    draft: DraftDocument;
    text: string;
    summary: ImportSummary;
}

export interface ImportSummary {
    rows: number;
    actors: number;
    symbols: number;
    arrows: number;
    /** `// IMPORT:` comments left for a person. */
    guesses: number;
}

export class UnsupportedFormatError extends Error {}

export async function importDocument(bytes: Uint8Array, locale: Locale = 'id'): Promise<ImportResult> {
    const format = sniffFormat(bytes);
    if (format === 'unknown') throw new UnsupportedFormatError('not a PDF or Word (.docx) file');
    const source = format === 'pdf' ? await readPdf(bytes) : readDocx(bytes);
    const draft = buildDraft(source);
    const text = writeSop(draft, locale);
    return { format, draft, text, summary: summarise(draft, text) };
}

function summarise(draft: DraftDocument, text: string): ImportSummary {
    return {
        rows: draft.rows.length,
        actors: draft.actors.length,
        symbols: draft.rows.reduce((n, r) => n + r.symbols.length, 0),
        arrows: draft.arrows.length,
        guesses: text.split('\n').filter(l => l.trim().startsWith(`// ${GUESS_MARK}`)).length,
    };
}
