import type { PreviewState, WebviewToHostMessage } from '../../../server/src/protocol/webview-protocol.js';

/** The part of the webview API VS Code injects that the preview uses. */
export interface VsCodeApi {
    postMessage(message: WebviewToHostMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): PreviewState;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** May be called once per page load, so main.ts calls it and passes the result around. */
export function vscodeApi(): VsCodeApi {
    return acquireVsCodeApi();
}
