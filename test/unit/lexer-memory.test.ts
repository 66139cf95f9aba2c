import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import { createTestServices } from '../support/sop-test-services.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1e6;
}

// Issue 11 (fuzz): the lexer's cache of line-start words kept each word's token image, a slice that
// holds the whole text alive, so a long-lived server (or the fuzzer) kept a copy of every version
// of every document it had built, until it ran out of memory.
describe('memory kept after documents are built and removed', () => {
    it('keeps no document text alive through the line-start word cache', async () => {
        const { shared } = createTestServices();
        const filler = `// ${'x'.repeat(1_000_000)}\n`;
        const build = async (k: number) => {
            const uri = URI.parse('file:///memori.sop');
            // A word at the start of a line, new in each version, as typing makes them.
            const text = `sop s "S"\npelaksana a "A"\n${filler}katabaru${k}panjangsekali\n`;
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            shared.workspace.LangiumDocuments.deleteDocument(uri);
            shared.workspace.IndexManager.remove(uri);
        };
        for (let k = 0; k < 5; k++) await build(k);
        const before = heapMb();
        const versions = 40;
        for (let k = 5; k < 5 + versions; k++) await build(k);
        const grown = heapMb() - before;
        // Each version kept would be ~1 MB; a handful of MB is noise.
        assert.ok(grown < versions / 4, `heap grew by ${grown.toFixed(1)} MB over ${versions} versions of a 1 MB document`);
    });
});
