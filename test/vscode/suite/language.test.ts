import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, openFile, positionOf, workspaceFile } from './helpers.js';
import { poll } from '../../support/poll.js';

describe('SOP language features through the VS Code API', () => {
    before(async () => {
        await activateExtension();
    });
    afterEach(closeAllEditors);

    it('reports diagnostics with stable codes for the broken fixture', async () => {
        const editor = await openFile('broken.sop');
        const uri = editor.document.uri;
        const diagnostics = await poll('diagnostics of broken.sop', () => {
            const found = vscode.languages.getDiagnostics(uri);
            return found.some(d => codeOf(d) === 'duplicate-name') ? found : undefined;
        });
        const duplicate = diagnostics.find(d => codeOf(d) === 'duplicate-name')!;
        assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(duplicate.range.start.line, 18, 'on the second "periksa" (line 19)');
        assert.match(duplicate.message, /sudah dipakai|already used/);
        assert.ok(diagnostics.some(d => codeOf(d) === 'decision-missing-branch'), 'decision without "tidak" branch');
    });

    it('reports neither errors nor warnings for an example', async () => {
        // The server validates the whole workspace in one build at start-up: once the broken fixture's
        // diagnostics are in, the example's (empty) ones have been published too.
        await poll('diagnostics of broken.sop', () => vscode.languages.getDiagnostics(workspaceFile('broken.sop')).length > 0);
        const editor = await openFile('surat-masuk.sop');
        await poll('the example to be parsed', async () =>
            (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri))?.length);
        const problems = vscode.languages.getDiagnostics(editor.document.uri)
            .filter(d => d.severity <= vscode.DiagnosticSeverity.Warning);
        assert.deepEqual(problems.map(d => `${codeOf(d)}: ${d.message}`), []);
    });

    it('completes actor ids after `oleh`', async () => {
        const editor = await openFile('surat-masuk.sop');
        const position = positionOf(editor.document, 'langkah catat "Mencatat surat pada agenda dan memindai surat ke aplikasi persuratan"\n    oleh ');
        const labels = await poll('actor completions', async () => {
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
            const found = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
            return found.includes('kasubbag') ? found : undefined;
        });
        for (const actor of ['admin', 'kasubbag', 'sekretaris', 'kadis', 'kabid']) {
            assert.ok(labels.includes(actor), `completion offers ${actor}; got ${labels.join(', ')}`);
        }
    });

    it('shows a hover on an actor reference', async () => {
        const editor = await openFile('surat-masuk.sop');
        const position = positionOf(editor.document, '    oleh kasubbag').translate(0, -3);
        const hovers = await poll('a hover', async () => {
            const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
            return found.length > 0 ? found : undefined;
        }, 10_000);
        const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /Kasubbag Umum dan Kepegawaian/);
    });

    it('lists the steps as document symbols', async () => {
        const editor = await openFile('surat-masuk.sop');
        const symbols = await poll('document symbols', async () => {
            const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
            return found?.length ? found : undefined;
        });
        const names = flatten(symbols).map(s => s.name);
        for (const step of ['terima', 'verifikasi', 'arsip']) {
            assert.ok(names.some(n => n.includes(step)), `symbol for ${step}; got ${names.join(', ')}`);
        }
    });

    it('formats a badly indented document when a formatter is available', async function () {
        const original = (await vscode.workspace.openTextDocument(workspaceFile('surat-masuk.sop'))).getText();
        const messy = original.replace(/\n    oleh /g, '\n        oleh ');
        const untitled = await vscode.workspace.openTextDocument({ language: 'sop', content: messy });
        await vscode.window.showTextDocument(untitled);
        const format = () => vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider',
            untitled.uri, { insertSpaces: true, tabSize: 4 });
        // Without a formatting provider VS Code answers undefined: nothing to check yet.
        await poll('the language server', async () =>
            (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', untitled.uri))?.length);
        if ((await format()) === undefined) {
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
            this.skip();
        }
        const edits = await poll('formatting edits', async () => (await format())?.length ? format() : undefined, 10_000);
        const formatted = applyEdits(messy, untitled, edits ?? []);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        assert.notEqual(formatted, messy);
        assert.ok(!formatted.includes('\n        oleh '), 'the over-indented `oleh` lines are re-indented');
    });
});

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
    return symbols.flatMap(s => [s, ...flatten(s.children ?? [])]);
}

function applyEdits(text: string, document: vscode.TextDocument, edits: vscode.TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    let result = text;
    for (const edit of sorted) {
        result = result.slice(0, document.offsetAt(edit.range.start)) + edit.newText + result.slice(document.offsetAt(edit.range.end));
    }
    return result;
}
