import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, ConfigKeys, LANGUAGE_ID, StateKeys, ViewTypes } from '../commands.js';
import { DocumentsChangedNotification } from '../../../server/src/protocol/sop-protocol.js';
import { PAPER_SIZES, PREVIEW_MODES, type PaperSize, type PreviewMode, type PreviewState } from '../../../server/src/protocol/webview-protocol.js';
import { PreviewPanel, type PreviewPanelOptions } from './preview-panel.js';
import { registerExportCommand } from './preview-export.js';
import { registerExportBookCommand } from './book-export.js';
import { registerExportFormsCommand } from './forms-export.js';


/**
 * All preview panels: opens them, keeps unlocked ones following the active `.sop` editor,
 * forwards server pushes and cursor moves, and restores panels after a restart.
 */
export class PreviewManager implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly panels = new Set<PreviewPanel>();
    private lastActive: PreviewPanel | undefined;
    /** The paper chosen in a preview, per file (it belongs to the file). */
    private readonly papers = new Map<string, PaperSize>();

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
        this.disposables.push(
            vscode.commands.registerCommand(Commands.previewOpen, (uri?: vscode.Uri) => this.open(uri, false)),
            vscode.commands.registerCommand(Commands.previewOpenToSide, (uri?: vscode.Uri) => this.open(uri, true)),
            vscode.commands.registerCommand(Commands.previewToggleLock, () => this.toggleLock()),
            registerExportCommand(client, () => this.activeUri()),
            registerExportBookCommand(client),
            registerExportFormsCommand(client),
            vscode.window.registerWebviewPanelSerializer(ViewTypes.preview, {
                deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state),
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            vscode.window.onDidChangeTextEditorSelection(e => this.cursorMoved(e)),
            vscode.window.onDidChangeTextEditorVisibleRanges(e => this.editorScrolled(e)),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (e.affectsConfiguration(`sop.${ConfigKeys.previewScrollSync}`) || e.affectsConfiguration('editor.fontSize')) this.panels.forEach(p => p.configChanged());
            }),
            client.onNotification(DocumentsChangedNotification, params => this.documentsChanged(params.uris)),
        );
    }

    /** Opens (or reuses) a preview of `uri`, the active `.sop` editor's file by default. */
    async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
        const target = uri ?? this.activeUri();
        if (!target) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .sop file to preview it.'));
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        const reusable = [...this.panels].find(p => p.uri.toString() === target.toString()) ?? [...this.panels].find(p => !p.locked);
        if (reusable) {
            reusable.setResource(target);
            reusable.panel.reveal(reusable.panel.viewColumn, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(ViewTypes.preview, target.path.split('/').pop() ?? '', { viewColumn: column, preserveFocus: toSide }, {
            // Scripts and resource roots are set by PreviewPanel, for new and restored panels alike.
            enableFindWidget: true,
        });
        await this.ensureOpen(target);
        this.track(new PreviewPanel(panel, this.options(target, false)));
    }

    dispose(): void {
        this.panels.forEach(p => p.dispose());
        this.disposables.splice(0).forEach(d => d.dispose());
    }

    private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        if (!state?.uri) {
            panel.dispose();
            return;
        }
        const uri = vscode.Uri.parse(state.uri);
        const paper = PAPER_SIZES.find(p => p === state.paper);
        if (paper) this.papers.set(uri.toString(), paper);
        await this.ensureOpen(uri);
        this.track(new PreviewPanel(panel, this.options(uri, state.locked === true)));
    }

    private options(uri: vscode.Uri, locked: boolean): PreviewPanelOptions {
        const config = () => vscode.workspace.getConfiguration('sop');
        return {
            uri, locked, client: this.client, extensionUri: this.context.extensionUri, papers: this.papers,
            debounceMs: () => config().get<number>(ConfigKeys.previewDebounceMs, 20),
            scrollSync: () => config().get<boolean>(ConfigKeys.previewScrollSync, true),
            fontSize: () => vscode.workspace.getConfiguration('editor', uri).get<number>('fontSize', 14),
            mode: () => this.mode(),
            setMode: mode => this.setMode(mode),
        };
    }

    private mode(): PreviewMode {
        const remembered = this.context.workspaceState.get<string>(StateKeys.previewMode);
        return PREVIEW_MODES.find(m => m === remembered) ?? 'pages';
    }

    /** Remembers the mode for this workspace; every open preview switches to it. */
    private setMode(mode: PreviewMode): void {
        void this.context.workspaceState.update(StateKeys.previewMode, mode).then(() => this.panels.forEach(p => p.configChanged()));
    }

    /** The server renders only documents it knows: opening one (without an editor) syncs it. */
    private async ensureOpen(uri: vscode.Uri): Promise<void> {
        try {
            await vscode.workspace.openTextDocument(uri);
        } catch {
            // A missing file: the preview shows the server's "not found" answer.
        }
    }

    private track(preview: PreviewPanel): void {
        this.panels.add(preview);
        this.lastActive = preview;
        const viewState = preview.panel.onDidChangeViewState(e => { if (e.webviewPanel.active) this.lastActive = preview; });
        const disposed = preview.onDidDispose(() => {
            viewState.dispose();
            disposed.dispose();
            this.panels.delete(preview);
            if (this.lastActive === preview) this.lastActive = undefined;
        });
    }

    private toggleLock(): void {
        const preview = [...this.panels].find(p => p.panel.active) ?? this.lastActive;
        if (!preview) return;
        preview.setLocked(!preview.locked);
        if (!preview.locked) this.follow(vscode.window.activeTextEditor);
    }

    private activeUri(): vscode.Uri | undefined {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri;
        return ([...this.panels].find(p => p.panel.active) ?? this.lastActive)?.uri;
    }

    private follow(editor: vscode.TextEditor | undefined): void {
        if (editor?.document.languageId !== LANGUAGE_ID) return;
        for (const preview of this.panels) if (!preview.locked) preview.setResource(editor.document.uri);
    }

    private cursorMoved(e: vscode.TextEditorSelectionChangeEvent): void {
        if (e.textEditor.document.languageId !== LANGUAGE_ID) return;
        const uri = e.textEditor.document.uri.toString();
        for (const preview of this.panels) if (preview.uri.toString() === uri) preview.highlightAt(e.selections[0].active);
    }

    private editorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
        if (e.textEditor.document.languageId !== LANGUAGE_ID || e.visibleRanges.length === 0) return;
        const uri = e.textEditor.document.uri.toString();
        const top = e.visibleRanges[0].start.line;
        for (const preview of this.panels) if (preview.uri.toString() === uri) preview.editorScrolled(top);
    }

    private documentsChanged(uris: string[]): void {
        const changed = new Set(uris.map(u => vscode.Uri.parse(u).toString()));
        for (const preview of this.panels) if (changed.has(preview.uri.toString())) preview.refresh();
    }
}

/** Registers the preview feature; the returned disposable tears it all down. */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
    return new PreviewManager(context, client);
}
