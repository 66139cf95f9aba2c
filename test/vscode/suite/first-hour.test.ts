import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, openFile, positionOf, workspaceFile } from './helpers.js';
import { poll } from '../../support/poll.js';

/**
 * The first hour of a new user (issue 12) in a real editor: ordinary typing mistakes get one
 * diagnostic and a quick fix that restores the file, and `sop check` in a task with the `$sop`
 * problem matcher lands its problems in the Problems view.
 */
describe('typing mistakes and the $sop task through the VS Code API', () => {
    before(async () => {
        await activateExtension();
    });
    afterEach(async () => {
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await closeAllEditors();
    });

    async function stepCount(uri: vscode.Uri): Promise<number> {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        const kinds = [vscode.SymbolKind.Event, vscode.SymbolKind.Function, vscode.SymbolKind.Enum];
        return (symbols ?? []).flatMap(s => [s, ...s.children]).filter(s => kinds.includes(s.kind)).length;
    }

    /** Replaces the first `from` by `to`, waits for a diagnostic with `code`, and returns it with its quick fixes. */
    async function misspell(editor: vscode.TextEditor, from: string, to: string, code: string) {
        const start = positionOf(editor.document, from, true);
        await editor.edit(edit => edit.replace(new vscode.Range(start, start.translate(0, from.length)), to));
        const uri = editor.document.uri;
        const diagnostic = await poll(`a ${code} diagnostic`, () => vscode.languages.getDiagnostics(uri).find(d => codeOf(d) === code));
        const actions = await poll('quick fixes', async () => {
            const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            return found?.length ? found : undefined;
        });
        return { diagnostic, actions };
    }

    it('a misspelled keyword gets one diagnostic and a "Change to" fix, and the rest of the file still parses', async () => {
        const editor = await openFile('surat-masuk.sop');
        const uri = editor.document.uri;
        const steps = await poll('the outline', async () => (await stepCount(uri)) || undefined);
        const original = editor.document.getText();
        const { diagnostic, actions } = await misspell(editor, 'output "Surat masuk diterima"', 'ouput "Surat masuk diterima"', 'unknown-keyword');
        assert.match(diagnostic.message, /ouput/);
        assert.equal(vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).length, 1, 'one error, not a cascade');
        assert.equal(await stepCount(uri), steps, 'every step is still in the outline');
        const fix = actions.find(a => /`output`/.test(a.title));
        assert.ok(fix?.edit, `a fix naming output among: ${actions.map(a => a.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.equal(editor.document.getText(), original, 'the fix restores the text');
        await poll('the diagnostic to go', () => !vscode.languages.getDiagnostics(uri).some(d => codeOf(d) === 'unknown-keyword'));
    });

    it('a misspelled actor offers "Change to" the closest declared actor first', async () => {
        const editor = await openFile('surat-masuk.sop');
        const { actions } = await misspell(editor, 'oleh kasubbag', 'oleh kasubag', 'unresolved-actor');
        assert.match(actions[0].title, /`kasubbag`/, `first fix: ${actions.map(a => a.title).join(' | ')}`);
        assert.ok(actions[0].edit && await vscode.workspace.applyEdit(actions[0].edit));
        assert.match(editor.document.getText(), /oleh kasubbag\n/);
    });

    it('`sop check` in a task with the $sop problem matcher lists its problems under the file', async function () {
        const root = process.env.SOP_REPO_ROOT;
        // Desktop runs (npm run test:vscode) have no repository CLI path to run.
        if (!root) this.skip();
        const folder = vscode.workspace.workspaceFolders![0];
        const cli = path.join(root, 'bin', 'sop.cjs');
        const task = new vscode.Task({ type: 'shell' }, folder, 'sop check', 'sop', new vscode.ShellExecution(`node "${cli}" check broken.sop`), '$sop');
        task.presentationOptions = { reveal: vscode.TaskRevealKind.Never };
        const ended = new Promise<number | undefined>(resolve => {
            const listener = vscode.tasks.onDidEndTaskProcess(e => {
                if (e.execution.task.name === 'sop check') {
                    listener.dispose();
                    resolve(e.exitCode);
                }
            });
        });
        await vscode.tasks.executeTask(task);
        assert.equal(await ended, 1, 'sop check exits 1 on a file with errors');
        const uri = workspaceFile('broken.sop');
        const fromTask = await poll('problems from the task', () => {
            const found = vscode.languages.getDiagnostics(uri).filter(d => d.source === 'sop check');
            return found.length ? found : undefined;
        });
        const duplicate = fromTask.find(d => codeOf(d) === 'duplicate-name');
        assert.ok(duplicate, `duplicate-name among ${fromTask.map(d => codeOf(d)).join(', ')}`);
        assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(duplicate.range.start.line, 18, 'the line and column of the CLI output');
    });
});
