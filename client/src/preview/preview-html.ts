import { randomBytes } from 'node:crypto';
import { PAPER_SIZES, type PreviewStrings } from '../../../server/src/protocol/webview-protocol.js';

/** Everything the preview page needs from the host; every value is escaped before use. */
export interface PreviewHtmlOptions {
    /** `webview.cspSource`: the only origin scripts, styles, fonts and images may come from. */
    cspSource: string;
    nonce: string;
    scriptUri: string;
    styleUri: string;
    /** BCP-47 language of the chrome, e.g. `id` or `en`. */
    lang: string;
    title: string;
    strings: PreviewStrings;
}

/** A fresh nonce for each page load: 128 bits from the OS's CSPRNG, base64. */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy of the preview: nothing inline, nothing from outside the bundle folder. */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `img-src ${cspSource} data:`,
        `style-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
        `font-src ${cspSource}`,
    ].join('; ');
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** For double-quoted attribute values that may keep their single quotes (the CSP). */
function escapeAttribute(text: string): string {
    return text.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
}

/** The preview page. Its body holds only the chrome; pages arrive later as messages. */
export function previewHtml(o: PreviewHtmlOptions): string {
    const e = escapeHtml;
    const s = o.strings;
    const button = (id: string, label: string, glyph: string) =>
        `<button id="${id}" type="button" class="sop-button" title="${e(label)}" aria-label="${e(label)}">${glyph}</button>`;
    const options = PAPER_SIZES.map(p => `<option value="${p}">${p}</option>`).join('');
    return `<!DOCTYPE html>
<html lang="${e(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(o.styleUri)}">
<title>${e(o.title)}</title>
</head>
<body data-state="loading" data-version="0">
<div id="sop-toolbar" role="toolbar" aria-label="${e(s.toolbar)}">
${button('zoom-out', s.zoomOut, '&#8722;')}
<span id="zoom-level" aria-live="polite">100%</span>
${button('zoom-in', s.zoomIn, '+')}
${button('zoom-fit', s.zoomFit, '&#8596;')}
<span class="sop-segmented" role="group">
<button id="mode-pages" type="button" class="sop-button" aria-label="${e(s.modePages)}" aria-pressed="true">${e(s.modePages)}</button>
<button id="mode-continuous" type="button" class="sop-button" aria-label="${e(s.modeContinuous)}" aria-pressed="false">${e(s.modeContinuous)}</button>
</span>
<label for="paper-select" class="sop-label">${e(s.paper)}</label>
<select id="paper-select">${options}</select>
${button('export-svg', s.exportSvg, 'SVG')}
<span class="sop-spacer"></span>
<span id="lock-state"></span>
<span id="page-indicator" aria-live="polite"></span>
</div>
<div id="sop-error-banner" role="alert" hidden><span id="sop-error-text"></span><button id="sop-error-link" type="button" class="sop-link">${e(s.goToError)}</button></div>
<main id="sop-pages" aria-label="${e(s.pages)}"><p id="sop-empty">${e(s.empty)}</p></main>
<div id="sop-tooltip" role="tooltip" hidden></div>
<script nonce="${e(o.nonce)}" src="${e(o.scriptUri)}"></script>
</body>
</html>
`;
}
