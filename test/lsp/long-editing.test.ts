import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { runEditingSession } from './long-editing-session.js';

// Issue 11: a long editing session over the real protocol (the 10,000-edit version is
// `node --import tsx --import ./polyfill-groupby.mjs scripts/long-editing.ts`).
describe('long editing session over the protocol', () => {
    it('300 fast random edits with requests: every request answered, diagnostics equal sop check', async function () {
        this.timeout(180_000);
        const figures = await runEditingSession(300, 20251202);
        console.log(`      ${figures.requests} requests: median ${figures.requestMedianMs.toFixed(0)} ms, max ${figures.requestMaxMs.toFixed(0)} ms; heartbeat max ${figures.heartbeatMaxMs.toFixed(0)} ms`);
        assert.deepEqual(figures.requestErrors, []);
        assert.deepEqual(figures.lspDiagnostics, figures.checkDiagnostics);
        assert.ok(figures.lspDiagnostics.length > 0, 'random edits leave something to report');
    });
});
