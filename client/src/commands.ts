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
    print: 'sop.print',
    showTimeSummary: 'sop.showTimeSummary',
    newSopFromTemplate: 'sop.newFromTemplate',
} as const;

export const ViewTypes = {
    preview: 'sop.preview',
} as const;

/** Configuration keys under the `sop.` section. */
export const ConfigKeys = {
    previewDebounceMs: 'preview.debounceMs',
    validationSeverity: 'validation.severity',
    validationLengthBudgets: 'validation.lengthBudgets',
} as const;
