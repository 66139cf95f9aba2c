/**
 * The long editing session at full length: `node --experimental-websocket --import tsx --import
 * ./polyfill-groupby.mjs scripts/long-editing.ts [edits=10000] [seed=1]`. Prints the figures; exits 1
 * when the final diagnostics differ from `sop check`, a request failed, the heartbeat waited over
 * 200 ms, or the server's memory grew more than 10 % after the first 500 edits: its live heap (after a
 * full collection, through the inspector; needs a WebSocket, hence the flag on Node 20), else its RSS.
 */
import { runEditingSession } from '../test/lsp/long-editing-session.js';

const edits = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const started = performance.now();
const f = await runEditingSession(edits, seed, line => console.error(line));
const rssGrowth = f.rssAfter500Mb && f.rssEndMb ? (f.rssEndMb / f.rssAfter500Mb - 1) * 100 : undefined;
const heapGrowth = f.heapAfter500Mb && f.heapEndMb ? (f.heapEndMb / f.heapAfter500Mb - 1) * 100 : undefined;
const growth = heapGrowth ?? rssGrowth;
console.log(`long editing: ${f.edits} edits, ${f.requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; final text ${f.finalLength} characters`);
console.log(`requests: median ${f.requestMedianMs.toFixed(0)} ms, max ${f.requestMaxMs.toFixed(0)} ms, ${f.requestErrors.length} failed`);
console.log(`heartbeat: longest wait ${f.heartbeatMaxMs.toFixed(0)} ms`);
console.log(`server RSS: ${f.rssAfter500Mb?.toFixed(1)} MB after 500 edits, ${f.rssEndMb?.toFixed(1)} MB at the end (${rssGrowth?.toFixed(1)} %)`);
if (heapGrowth !== undefined) {
    console.log(`server live heap (after a full collection): ${f.heapAfter500Mb?.toFixed(1)} MB after 500 edits (text ${f.lengthAfter500} characters), ${f.heapEndMb?.toFixed(1)} MB at the end (${heapGrowth.toFixed(1)} %)`);
} else {
    console.log('server live heap: not measured (needs a global WebSocket: run node with --experimental-websocket)');
}
const same = JSON.stringify(f.lspDiagnostics) === JSON.stringify(f.checkDiagnostics);
console.log(`diagnostics: ${f.lspDiagnostics.length} from the server, ${f.checkDiagnostics.length} from sop check, ${same ? 'equal' : 'DIFFERENT'}`);
process.exitCode = same && f.requestErrors.length === 0 && f.heartbeatMaxMs <= 200 && (growth === undefined || growth <= 10) ? 0 : 1;
