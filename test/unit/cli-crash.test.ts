import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ValidationAcceptor } from 'langium';
import { describe, it } from 'mocha';
import { CliWorkspace, InternalError } from '../../server/src/cli/cli-workspace.js';
import { runSop } from '../support/cli-run.js';
import type { Sop } from '../../server/src/language/generated/ast.js';
import { SMALL_SOP } from '../support/sop-test-services.js';

const run = runSop;

const dir = mkdtempSync(path.join(tmpdir(), 'sop-crash-'));

// Issue 11 item 4: `push(...items)` overflowed the stack at ~120,000 list items, the guard swallowed
// it and `sop check` passed. Nothing spreads an unbounded list now, and a crashed check is exit 2.
describe('crashes are never a pass', () => {
    it('builds the model of a SOP with 130,000 dasar hukum items', async function () {
        this.timeout(120_000);
        const file = path.join(mkdtempSync(path.join(dir, 'list-')), 'huge-list.sop');
        const items = Array.from({ length: 130_000 }, (_, i) => `"Peraturan Bupati Nomor ${i + 1} Tahun 2020"`).join('\n');
        writeFileSync(file, `${SMALL_SOP}\ndasar hukum\n${items}\n`);
        const r = await run('model', file);
        assert.equal(r.err, '');
        assert.equal(r.code, 0);
        const model = JSON.parse(r.out) as { identity: { legalBasis: string[] } };
        assert.equal(model.identity.legalBasis.length, 130_000);
    });

    it('turns a crashed check into an internal error instead of a pass', async () => {
        const file = path.join(mkdtempSync(path.join(dir, 'clean-')), 'clean.sop');
        writeFileSync(file, SMALL_SOP);
        const workspace = new CliWorkspace('en');
        const { Reporter } = workspace.services.validation;
        workspace.services.validation.ValidationRegistry.register<{ Sop: Sop }>({
            Sop: Reporter.guard('always-crashes', (_node: Sop, _accept: ValidationAcceptor) => { throw new RangeError('Maximum call stack size exceeded'); }),
        });
        await assert.rejects(workspace.load([file]), (e: unknown) => {
            assert.ok(e instanceof InternalError);
            assert.equal(e.message, 'check always-crashes failed: RangeError: Maximum call stack size exceeded');
            assert.match(e.detail, /\n\s+at /, 'the stack is kept for --debug');
            return true;
        });
    });
});
