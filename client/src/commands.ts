/**
 * Every command, view type and configuration key the extension contributes, declared once.
 * A unit test checks that package.json declares exactly these.
 */
export const Commands = {
    previewOpen: 'sop.preview.open',
    previewOpenToSide: 'sop.preview.openToSide',
    previewToggleLock: 'sop.preview.toggleLock',
    export: 'sop.export',
    exportPdf: 'sop.export.pdf',
    exportDocx: 'sop.export.docx',
    exportHtml: 'sop.export.html',
    exportSvg: 'sop.export.svg',
    exportBook: 'sop.exportBook',
    exportForms: 'sop.exportForms',
    print: 'sop.print',
    showTimeSummary: 'sop.showTimeSummary',
    newSopFromTemplate: 'sop.newFromTemplate',
    importDocument: 'sop.import',
} as const;

/** The language id of `.sop` files (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'sop';

export const ViewTypes = {
    preview: 'sop.preview',
} as const;

/** Configuration keys under the `sop.` section. */
export const ConfigKeys = {
    previewDebounceMs: 'preview.debounceMs',
    previewScrollSync: 'preview.scrollSync',
    validationSeverity: 'validation.severity',
    validationLengthBudgets: 'validation.lengthBudgets',
} as const;

/** Keys of the extension's workspace state (`ExtensionContext.workspaceState`). */
export const StateKeys = {
    /** The preview's mode last chosen in this workspace: `pages` or `continuous`. */
    previewMode: 'sop.preview.mode',
} as const;
