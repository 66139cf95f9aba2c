/** `sop/import`: the editor's "Import from PDF/Word…" command asks the server to import a file. */
import { RequestType } from 'vscode-languageserver-protocol';

export interface ImportParams {
    /** File system path of the PDF or Word (.docx) file. */
    source: string;
    /** File system path of the `.sop` to write. */
    target: string;
    /** Replace `target` when it exists; otherwise the answer is `exists` and nothing is written. */
    overwrite?: boolean;
}

export interface ImportCounts {
    rows: number;
    actors: number;
    symbols: number;
    arrows: number;
    /** `// IMPORT:` comments left for a person. */
    guesses: number;
}

export type ImportResult =
    | { status: 'ok'; file: string; counts: ImportCounts; format: 'pdf' | 'docx'; guessLines: number[] }
    | { status: 'exists'; file: string }
    | { status: 'failed'; message: string };

/** Pull: import `source` (sniffed by its bytes) into `target`, written atomically; `guessLines` are 0-based. */
export const ImportRequest = new RequestType<ImportParams, ImportResult, void>('sop/import');
