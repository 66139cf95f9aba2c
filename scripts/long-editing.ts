/**
 * The long editing session at full length: `node --import tsx --import ./polyfill-groupby.mjs
 * scripts/long-editing.ts [edits=10000] [seed=1]`. Prints the figures; exits 1 when the final
 * diagnostics differ from `sop check`, a request failed, the heartbeat waited over 200 ms, or the
 * server's memory grew more than 10 % after the first 500 edits.
 */
import { runEditingSession } from '../test/lsp/long-editing-session.js';

const edits = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const started = performance.now();
const f = await runEditingSession(edits, seed, line => console.error(line));
const growth = f.rssAfter500Mb && f.rssEndMb ? (f.rssEndMb / f.rssAfter500Mb - 1) * 100 : undefined;
console.log(`long editing: ${f.edits} edits, ${f.requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; final text ${f.finalLength} characters`);
console.log(`requests: median ${f.requestMedianMs.toFixed(0)} ms, max ${f.requestMaxMs.toFixed(0)} ms, ${f.requestErrors.length} failed`);
console.log(`heartbeat: longest wait ${f.heartbeatMaxMs.toFixed(0)} ms`);
console.log(`server RSS: ${f.rssAfter500Mb?.toFixed(1)} MB after 500 edits, ${f.rssEndMb?.toFixed(1)} MB at the end (${growth?.toFixed(1)} %)`);
const same = JSON.stringify(f.lspDiagnostics) === JSON.stringify(f.checkDiagnostics);
console.log(`diagnostics: ${f.lspDiagnostics.length} from the server, ${f.checkDiagnostics.length} from sop check, ${same ? 'equal' : 'DIFFERENT'}`);
process.exitCode = same && f.requestErrors.length === 0 && f.heartbeatMaxMs <= 200 && (growth === undefined || growth <= 10) ? 0 : 1;
