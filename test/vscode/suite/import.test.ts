import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, workspaceFile } from './helpers.js';
import { poll } from '../../support/poll.js';

/**
 * "SOP: Import from PDF/Word…" in a real editor (issue 14): the command, given a PDF or Word file
 * of the workspace (as the explorer's context menu does), writes `<name>.sop` beside it, opens it
 * beside its preview, and the language server checks the file without errors.
 */
describe('SOP: Import from PDF/Word… through the VS Code API', () => {
    before(activateExtension);
    after(closeAllEditors);

    const errors = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);

    for (const [name, rows] of [['surat-masuk.pdf', 5], ['pengadaan-kelompok.docx', 5]] as const) {
        it(`imports ${name}: the .sop beside it opens with its preview, lists its steps and checks without errors`, async () => {
            await closeAllEditors();
            const source = workspaceFile(`import/${name}`);
            const imported = await vscode.commands.executeCommand<vscode.Uri | undefined>('sop.import', source);
            assert.ok(imported, 'the command answers the written file');
            assert.equal(imported.fsPath, source.fsPath.replace(/\.\w+$/, '.sop'));
            const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(imported));
            assert.match(text, /^sop /m);

            const editor = vscode.window.activeTextEditor;
            assert.equal(editor?.document.uri.toString(), imported.toString(), 'the imported file is the active editor');
            assert.equal(editor.document.languageId, 'sop');
            await poll('its preview beside it', () => vscode.window.tabGroups.all.some(g => g.viewColumn !== editor.viewColumn
                && g.tabs.some(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('sop.preview'))));

            // The outline comes from the parsed file: one step per imported row.
            const steps = await poll('the outline', async () => {
                const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', imported);
                const found = (symbols ?? []).flatMap(s => [s, ...s.children]).filter(s => [vscode.SymbolKind.Event, vscode.SymbolKind.Function, vscode.SymbolKind.Enum].includes(s.kind));
                return found.length ? found : undefined;
            });
            assert.equal(steps.length, rows);

            // No errors, and not because the server has not checked it yet: a broken line gets one, and
            // taking it out again leaves none.
            const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
            await editor.edit(edit => edit.insert(end, '\n%%% bukan sop'));
            await poll('an error for the broken line', () => errors(imported).length > 0);
            await vscode.commands.executeCommand('workbench.action.files.revert');
            await poll(() => `no errors once reverted (${errors(imported).map(d => d.message).join('; ')})`, () => errors(imported).length === 0);
            assert.equal(editor.document.getText(), text);
        });
    }
});
