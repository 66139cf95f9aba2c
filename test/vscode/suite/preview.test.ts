import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFile } from './helpers.js';
import { poll } from '../../support/poll.js';

const PREVIEW_COMMANDS = ['sop.preview.open', 'sop.preview.openToSide', 'sop.preview.toggleLock', 'sop.export.svg', 'sop.exportBook', 'sop.exportForms'];

function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('sop.preview'));
}

describe('SOP preview through the VS Code API', () => {
    before(activateExtension);
    afterEach(closeAllEditors);

    it('registers the preview and export commands', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const id of PREVIEW_COMMANDS) assert.ok(commands.includes(id), `command ${id} is registered`);
    });

    it('opens the preview beside the editor', async () => {
        const editor = await openFile('surat-masuk.sop');
        await vscode.commands.executeCommand('sop.preview.openToSide');
        const [tab] = await poll('a sop.preview webview tab', () => previewTabs().length ? previewTabs() : undefined);
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview sits in another editor group');
        assert.match(tab.label, /surat-masuk\.sop/);
        assert.equal(vscode.window.tabGroups.all.length, 2);
    });

    it('opens the preview in the active group', async () => {
        await openFile('izin-reklame.sop');
        await vscode.commands.executeCommand('sop.preview.open');
        const [tab] = await poll('a sop.preview webview tab', () => previewTabs().length ? previewTabs() : undefined);
        assert.match(tab.label, /izin-reklame\.sop/);
        assert.equal(vscode.window.tabGroups.all.length, 1);
    });
});
