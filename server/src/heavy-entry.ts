/**
 * The export and import writers, bundled apart from the language server (out/server/heavy.cjs):
 * PDF, Word and PDF reading are three quarters of the server's code, and loading them cost every
 * start-up ~150 ms before the first diagnostics. The server loads this on its first export or import
 * (`requests/heavy-modules.ts`).
 */
export { exportSop, writeArtifact } from './export/export-document.js';
export { writeBookDocx } from './export/book-docx.js';
export { writeBookPdf } from './export/book-export.js';
export { writeFormsDocx } from './export/forms-docx.js';
export { writeFormsPdf } from './export/forms-pdf.js';
export { importDocument } from './import/import-document.js';
