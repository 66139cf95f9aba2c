import type { PreviewStrings } from '../../../server/src/protocol/webview-protocol.js';

/** Used until the host's `config` message brings the localised strings. */
export const DEFAULT_STRINGS: PreviewStrings = {
    toolbar: 'Preview toolbar',
    zoomIn: 'Zoom in (+)',
    zoomOut: 'Zoom out (-)',
    zoomFit: 'Fit width (0)',
    paper: 'Paper',
    exportSvg: 'Export as SVG',
    modePages: 'Pages',
    modeContinuous: 'Continuous',
    locked: 'Locked to this file',
    following: 'Follows the active editor',
    pageIndicator: 'Page {0} / {1}',
    errorBanner: 'Line {0}, column {1}: {2}',
    errorCount: '{0} errors; the first: ',
    goToError: 'Go to the error',
    stepLabel: 'Step {0}: {1}',
    requirements: 'Requirements',
    duration: 'Time',
    output: 'Output',
    empty: 'Waiting for the language server…',
    pages: 'SOP pages',
};
