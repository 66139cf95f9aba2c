import type { Catalogue } from '../language/sop-messages.js';

/** Codes of the preview's own answers (not diagnostics). */
export namespace PreviewCodes {
    export const DocumentMissing = 'preview-document-missing';
    export const RenderFailed = 'preview-render-failed';
}

/** Texts of the preview's answers, formatted with `SopMessages.formatFrom` in the server's locale. */
export const PreviewMessages = {
    [PreviewCodes.DocumentMissing]: {
        id: 'Dokumen {0} tidak ditemukan oleh server bahasa.',
        en: 'The language server does not know the document {0}.',
    },
    [PreviewCodes.RenderFailed]: {
        id: 'Pratinjau gagal dibuat: {0}',
        en: 'The preview could not be rendered: {0}',
    },
} as const satisfies Catalogue;
