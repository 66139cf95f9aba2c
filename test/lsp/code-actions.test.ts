import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TestLspClient } from './lsp-client.js';

const TEXT = [
    'sop kecil "PENGELOLAAN SURAT KECIL"',
    'pelaksana admin "Pengadministrasi Umum"',
    'pelaksana kasubbag "Kasubbag Umum"',
    'kapsul terima "Menerima surat" oleh admin',
    '    waktu 5 mnt',
    'kapsul arsip "Mengarsipkan surat" oleh kasubbag',
    '',
].join('\n');

/** Applies non-overlapping edits to a text (last first, so offsets stay valid). */
function apply(text: string, edits: TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) =>
        lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('quick fixes over the protocol', () => {
    const uri = URI.file(path.join(mkdtempSync(path.join(tmpdir(), 'sop-actions-')), 'kecil.sop')).toString();
    let client: TestLspClient;

    before(async () => {
        client = new TestLspClient();
        const result = await client.initialize(null, 'en');
        assert.ok(result.capabilities.codeActionProvider, 'the server advertises code actions');
    });

    after(() => client.shutdown());

    it('offers the unit fix for `mnt` and its edit turns it into `menit`', async () => {
        await client.open(uri, TEXT);
        const diagnostics = await client.waitForDiagnostics(uri, d => d.some(x => x.code === 'waktu-unknown-unit'));
        const unit = diagnostics.find(d => d.code === 'waktu-unknown-unit') as Diagnostic;
        const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: unit.range, context: { diagnostics: [unit], only: ['quickfix'] },
        });
        const fix = actions.find(a => a.diagnostics?.some(d => d.code === 'waktu-unknown-unit'));
        assert.ok(fix, JSON.stringify(actions.map(a => a.title)));
        assert.equal(fix.kind, 'quickfix');
        const edits = fix.edit?.changes?.[uri] ?? [];
        assert.match(apply(TEXT, edits), /\n {4}waktu 5 menit\n/);
    });

    it('publishes diagnostics without edits; the branch fix is built on request from the small hint', async () => {
        const text = [
            'sop cabang "PENGELOLAAN SURAT"',
            'pelaksana admin "Pengadministrasi Umum"',
            'pelaksana kasubbag "Kasubbag Umum"',
            'langkah terima "Menerima surat" oleh admin',
            '    waktu 5 mnt',
            'keputusan periksa "Memeriksa surat" oleh kasubbg',
            '    ya ke arsip',
            'langkah arsip "Mengarsipkan surat dan memindai lampiran" oleh kasubbag',
            '',
        ].join('\n');
        const other = uri.replace(/kecil\.sop$/, 'cabang.sop');
        await client.open(other, text);
        const diagnostics = await client.waitForDiagnostics(other, d => d.some(x => x.code === 'decision-missing-branch'));
        const fixable = ['waktu-unknown-unit', 'unresolved-actor', 'decision-missing-branch', 'first-step-not-terminator', 'activity-compound'];
        for (const code of fixable) assert.ok(diagnostics.some(d => d.code === code), `${code} among ${diagnostics.map(d => d.code).join(', ')}`);
        for (const d of diagnostics) {
            assert.doesNotMatch(JSON.stringify(d.data ?? {}), /newText|edits|fixes/, `${String(d.code)} carries no edits`);
        }
        const branch = diagnostics.find(d => d.code === 'decision-missing-branch') as Diagnostic;
        assert.deepEqual((branch.data as { fix?: unknown }).fix, { polarity: 'no', taken: 'arsip' });
        const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: other }, range: branch.range, context: { diagnostics: [branch], only: ['quickfix'] },
        });
        assert.equal(actions.length, 1, JSON.stringify(actions.map(a => a.title)));
        assert.match(apply(text, actions[0].edit?.changes?.[other] ?? []), /\n {4}ya ke arsip\n {4}tidak ke terima\n/);
    });
});
