/** The export formats, apart from their writers: the language server names them without loading those. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'svg', 'png', 'mermaid', 'json'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

/** Formats written as one file per page (into a folder); the others are one file per SOP. */
export const PAGED_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'png']);
