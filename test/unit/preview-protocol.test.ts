import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import {
    formatString, isWebviewToHostMessage, WEBVIEW_MESSAGE_TYPES,
    type HostToWebviewMessage, type WebviewToHostMessage,
} from '../../server/src/protocol/webview-protocol.js';

// One sample per message type. The mapped types make this file fail to compile when a type is
// added to the protocol without a sample here, so the checks below stay exhaustive.
const webviewSamples: { [K in WebviewToHostMessage['type']]: Extract<WebviewToHostMessage, { type: K }> } = {
    ready: { type: 'ready' },
    reveal: { type: 'reveal', step: 3, focus: false },
    revealError: { type: 'revealError' },
    zoom: { type: 'zoom', zoom: 1.25, fit: false },
    setPaper: { type: 'setPaper', paper: 'F4' },
    export: { type: 'export', format: 'svg' },
    view: { type: 'view', mode: 'continuous', width: 780, textScale: 1 },
    scrolled: { type: 'scrolled', line: 12.5 },
};

const hostSamples: { [K in HostToWebviewMessage['type']]: Extract<HostToWebviewMessage, { type: K }> } = {
    render: { type: 'render', version: 1, uri: 'file:///a.sop', title: 'A', paper: 'A4', pages: [], steps: {}, lines: { identityEnd: 0, steps: {} } },
    invalid: { type: 'invalid', message: 'x', line: 1, column: 1 },
    highlight: { type: 'highlight', step: null },
    config: { type: 'config', locked: false, strings: {} as never },
    scrollTo: { type: 'scrollTo', line: 3 },
};

describe('webview message protocol', () => {
    it('accepts a well-formed message of every type the webview may send', () => {
        assert.deepEqual([...WEBVIEW_MESSAGE_TYPES].sort(), Object.keys(webviewSamples).sort());
        for (const sample of Object.values(webviewSamples)) assert.ok(isWebviewToHostMessage(sample), JSON.stringify(sample));
    });

    it('rejects malformed and unknown messages', () => {
        const bad: unknown[] = [
            null, undefined, 42, 'ready', {}, { type: 'nope' }, { type: 'toString' }, { type: '__proto__' },
            { type: 'reveal' }, { type: 'reveal', step: 2 }, { type: 'reveal', step: 0, focus: true }, { type: 'reveal', step: 1.5 }, { type: 'reveal', step: '2' },
            { type: 'zoom', zoom: -1, fit: false }, { type: 'zoom', zoom: Number.NaN, fit: true }, { type: 'zoom', zoom: 1 },
            { type: 'setPaper', paper: 'A3' }, { type: 'export', format: 'pdf' },
            { type: 'view', mode: 'scroll', width: 500, textScale: 1 }, { type: 'view', mode: 'pages', width: 0, textScale: 1 }, { type: 'view', width: 300 },
            { type: 'scrolled', line: -1 }, { type: 'scrolled', line: Number.POSITIVE_INFINITY },
        ];
        for (const message of bad) assert.equal(isWebviewToHostMessage(message), false, JSON.stringify(message));
    });

    it('names every host message type once', () => {
        assert.deepEqual(Object.keys(hostSamples).sort(), ['config', 'highlight', 'invalid', 'render', 'scrollTo']);
        for (const [type, sample] of Object.entries(hostSamples)) assert.equal(sample.type, type);
    });

    it('formats localised templates', () => {
        assert.equal(formatString('Halaman {0} / {1}', 2, 5), 'Halaman 2 / 5');
        assert.equal(formatString('{1} {0} {2}', 'a', 'b'), 'b a ');
    });
});
