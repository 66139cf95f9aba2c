import * as vscode from 'vscode';
import type { PreviewStrings } from '../../../server/src/protocol/webview-protocol.js';

/** The webview's strings in VS Code's display language (English keys, l10n/bundle.l10n.id.json). */
export function previewStrings(): PreviewStrings {
    const t = vscode.l10n.t;
    return {
        toolbar: t('Preview toolbar'),
        zoomIn: t('Zoom in (+)'),
        zoomOut: t('Zoom out (-)'),
        zoomFit: t('Fit width (0)'),
        paper: t('Paper'),
        exportSvg: t('Export as SVG'),
        modePages: t('Pages'),
        modeContinuous: t('Continuous'),
        locked: t('Locked to this file'),
        following: t('Follows the active editor'),
        pageIndicator: t('Page {0} / {1}'),
        errorBanner: t('Line {0}, column {1}: {2}'),
        errorCount: t('{0} errors; the first: '),
        goToError: t('Go to the error'),
        stepLabel: t('Step {0}: {1}'),
        requirements: t('Requirements'),
        duration: t('Time'),
        output: t('Output'),
        empty: t('Waiting for the language server…'),
        pages: t('SOP pages'),
    };
}

/** The tab title; a locked preview says so, as the Markdown preview does ("[Preview] x.md"). */
export function previewTitle(uri: vscode.Uri, locked = false): string {
    const name = uri.path.split('/').pop() ?? uri.path;
    return locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview: {0}', name);
}
