import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { MAX_PUBLISHED_HINTS } from '../../server/src/language/lsp/sop-hint-cap.js';
import { TestLspClient } from './lsp-client.js';

/** Issue 15: hints (mostly text-too-long) must not flood publishDiagnostics on long files. */
describe('hints published per document', function () {
    this.timeout(60_000);

    it('caps hints with one summary hint, keeps every other diagnostic, and lists all under the limit', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-hint-cap-'));
        const client = new TestLspClient();
        try {
            await client.initialize(URI.file(dir).toString(), 'en');
            const big = URI.file(path.join(dir, 'big.sop')).toString();
            await client.open(big, generateRealisticSop(200, 5, 'big'));
            const published = await client.waitForDiagnostics(big, () => true, 50_000);
            const hints = published.filter(d => d.severity === 4);
            assert.equal(hints.length, MAX_PUBLISHED_HINTS + 1);
            const summary = hints.filter(d => d.code === 'hints-capped');
            assert.equal(summary.length, 1);
            assert.match(String(summary[0].message), /^\d+ more hints not shown \(text-too-long × \d+\)/);
            assert.ok(published.some(d => d.code === 'activity-compound'), 'information is not capped');
            const small = URI.file(path.join(dir, 'small.sop')).toString();
            await client.open(small, generateRealisticSop(20, 5, 'small'));
            const few = await client.waitForDiagnostics(small, () => true, 50_000);
            assert.ok(few.some(d => d.code === 'text-too-long'));
            assert.ok(!few.some(d => d.code === 'hints-capped'));
        } finally {
            await client.shutdown();
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('publishes no hints for a closed file, and all of them once it is opened', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-hint-closed-'));
        const file = path.join(dir, 'tertutup.sop');
        writeFileSync(file, generateRealisticSop(20, 5, 'tertutup'));
        const uri = URI.file(file).toString();
        const client = new TestLspClient();
        try {
            await client.initialize(URI.file(dir).toString(), 'en');
            const closed = await client.waitForDiagnostics(uri, () => true, 50_000);
            assert.ok(closed.some(d => d.severity === 2), 'warnings of a closed file are published');
            assert.deepEqual(closed.filter(d => d.severity === 4).map(d => d.code), []);
            await client.open(uri, readFileSync(file, 'utf8'));
            const opened = await client.waitForDiagnostics(uri, d => d.some(x => x.severity === 4), 50_000);
            assert.ok(opened.some(d => d.code === 'text-too-long'));
            assert.equal(opened.filter(d => d.severity !== 4).length, closed.length, 'the same errors, warnings and information');
        } finally {
            await client.shutdown();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
