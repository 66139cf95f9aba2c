import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';
import { generateSop } from '../../bench/generate-sop.js';

/** Issue 11 item 9: checking one file reads only the siblings its `keterkaitan` names. */
describe('sop check of one file next to other SOPs', () => {
    function folder(): string {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-siblings-'));
        writeFileSync(path.join(dir, 'a.sop'), generateSop(5, 2, 'alpha').replace('nomor "SOP-0/BENCH/2025"', 'nomor "SOP-0/BENCH/2025"\nketerkaitan beta'));
        writeFileSync(path.join(dir, 'b.sop'), '// the related SOP\nsop beta "SOP BETA"\n' + generateSop(5, 2, 'x').split('\n').slice(1).join('\n'));
        writeFileSync(path.join(dir, 'c.sop'), generateSop(300, 5, 'gamma'));
        return dir;
    }

    it('resolves keterkaitan from the named sibling and leaves the others unread', async () => {
        const dir = folder();
        try {
            const workspace = new CliWorkspace('en');
            const [doc] = await workspace.load([path.join(dir, 'a.sop')]);
            assert.deepEqual(doc.diagnostics?.filter(d => d.code === 'unresolved-sop'), []);
            const loaded = workspace.services.shared.workspace.LangiumDocuments.all.map(d => path.basename(d.uri.fsPath)).toArray().sort();
            assert.deepEqual(loaded, ['a.sop', 'b.sop']);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('still reports a keterkaitan that no sibling declares', async () => {
        const dir = folder();
        try {
            writeFileSync(path.join(dir, 'b.sop'), generateSop(5, 2, 'notBeta'));
            const workspace = new CliWorkspace('en');
            const [doc] = await workspace.load([path.join(dir, 'a.sop')]);
            assert.equal(doc.diagnostics?.filter(d => d.code === 'unresolved-sop').length, 1);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
