import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';

const examplesDir = path.resolve('examples');
const files = readdirSync(examplesDir).filter(f => f.endsWith('.sop')).map(f => path.join(examplesDir, f));

describe('examples', () => {
    it('has the four format-reference SOPs and an English one', () => {
        assert.ok(files.length >= 5, `found ${files.length} examples`);
    });

    it('every example validates with no errors and no warnings', async () => {
        const workspace = new CliWorkspace('en');
        const docs = await workspace.load(files);
        for (const doc of docs) {
            const problems = (doc.diagnostics ?? []).filter(d => d.severity === 1 || d.severity === 2)
                .map(d => `${path.basename(doc.uri.path)}:${d.range.start.line + 1}: ${d.message}`);
            assert.deepEqual(problems, [], path.basename(doc.uri.path));
            const model = workspace.services.model.ModelBuilder.build(doc);
            assert.ok(model.steps.length > 0);
        }
    });
});
