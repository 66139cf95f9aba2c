import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../commands.js';
import { completePages, RenderRequest, type RenderResult } from '../../../server/src/protocol/sop-protocol.js';
import {
    isWebviewToHostMessage, sourceLines, type HostToWebviewMessage, type PaperSize, type PreviewMode, type SourceRange,
    type WebviewToHostMessage,
} from '../../../server/src/protocol/webview-protocol.js';
import { createNonce, previewHtml } from './preview-html.js';
import { previewStrings, previewTitle } from './preview-strings.js';
import { revealLineAtTop, revealRange } from './preview-reveal.js';
import { stepAt } from './step-at.js';

export interface PreviewPanelOptions {
    uri: vscode.Uri;
    locked: boolean;
    client: LanguageClient;
    extensionUri: vscode.Uri;
    debounceMs: () => number;
    /** The paper chosen for a file in a preview (it belongs to the file, not to the panel). */
    papers: Map<string, PaperSize>;
    /** The mode remembered for the workspace, and remembering a new choice. */
    mode: () => PreviewMode;
    setMode: (mode: PreviewMode) => void;
    scrollSync: () => boolean;
    /** The editor's font size in CSS px: the continuous mode's text size. */
    fontSize: () => number;
}

/** After the preview scrolled the editor, the editor's own scroll events are not sent back for this long. */
const ECHO_MS = 300;

/**
 * Owns one preview webview: its HTML, the handshake, render requests (coalesced, stale answers
 * dropped) and the messages both ways. Every subscription goes to `disposables`.
 */
export class PreviewPanel implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeEmitter = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposeEmitter.event;
    private uriValue: vscode.Uri;
    private lockedValue: boolean;
    /** The panel's width and text scale as the webview last reported them (continuous mode). */
    private view: { width: number; textScale: number } | undefined;
    private editorScrolledByPreviewAt = 0;
    private ready = false;
    private disposed = false;
    private inFlight = false;
    private dirty = false;
    private renderVersion = 0;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private stepRanges: Record<number, SourceRange> = {};
    private nameRanges: Record<number, SourceRange> = {};
    private errorRange: SourceRange | undefined;
    private highlighted: number | null = null;
    /** SVG of the pages last shown, by hash: the server leaves out every page listed here that did not change. */
    private heldPages = new Map<string, string>();

    constructor(readonly panel: vscode.WebviewPanel, private readonly options: PreviewPanelOptions) {
        this.uriValue = options.uri;
        this.lockedValue = options.locked;
        const webviewRoot = vscode.Uri.joinPath(options.extensionUri, 'out', 'webview');
        panel.webview.options = { enableScripts: true, localResourceRoots: [webviewRoot] };
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage(m => this.onMessage(m)),
            panel.onDidChangeViewState(() => { if (panel.visible && this.dirty) this.refresh(0); }),
        );
        this.loadHtml(webviewRoot);
    }

    get uri(): vscode.Uri { return this.uriValue; }
    get locked(): boolean { return this.lockedValue; }

    private get paper(): PaperSize | undefined {
        return this.options.papers.get(this.uriValue.toString());
    }

    /** Shows another file (a following preview whose editor changed); nothing of the last file carries over. */
    setResource(uri: vscode.Uri): void {
        if (uri.toString() === this.uriValue.toString()) return;
        this.uriValue = uri;
        this.heldPages = new Map();
        this.stepRanges = {};
        this.nameRanges = {};
        this.errorRange = undefined;
        this.highlighted = null;
        this.post({ type: 'highlight', step: null });
        this.panel.title = previewTitle(uri, this.lockedValue);
        this.postConfig();
        this.refresh(0);
    }

    setLocked(locked: boolean): void {
        this.lockedValue = locked;
        this.panel.title = previewTitle(this.uriValue, locked);
        this.postConfig();
    }

    /** Settings changed: mode (another panel chose it), scroll sync. */
    configChanged(): void {
        this.postConfig();
        if (this.view) this.refresh(0);
    }

    /** The editor of this file scrolled: the preview follows its top line (unless the preview caused it). */
    editorScrolled(topLine: number): void {
        if (!this.options.scrollSync() || Date.now() - this.editorScrolledByPreviewAt < ECHO_MS) return;
        this.post({ type: 'scrollTo', line: topLine });
    }

    /** Asks for a new picture after `delay` ms (the setting by default); bursts coalesce. */
    refresh(delay = this.options.debounceMs()): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.timer = undefined; void this.requestRender(); }, delay);
    }

    /** Highlights the step whose declaration contains `position` (the editor cursor). */
    highlightAt(position: vscode.Position): void {
        const step = stepAt(this.stepRanges, position);
        if (step === this.highlighted) return;
        this.highlighted = step;
        this.post({ type: 'highlight', step });
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        this.panel.dispose();
        this.disposeEmitter.fire();
        this.disposeEmitter.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
    }

    private loadHtml(webviewRoot: vscode.Uri): void {
        const webview = this.panel.webview;
        this.panel.title = previewTitle(this.uriValue, this.lockedValue);
        webview.html = previewHtml({
            cspSource: webview.cspSource,
            nonce: createNonce(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'preview.css')).toString(),
            lang: vscode.env.language,
            title: previewTitle(this.uriValue),
            strings: previewStrings(),
        });
    }

    private async requestRender(): Promise<void> {
        if (this.disposed) return;
        if (!this.ready || !this.panel.visible || this.inFlight) {
            this.dirty = true;
            return;
        }
        this.dirty = false;
        this.inFlight = true;
        const uri = this.uriValue.toString();
        const paper = this.paper;
        const continuous = this.options.mode() === 'continuous' && this.view
            ? { width: this.view.width, fontSize: this.options.fontSize() * this.view.textScale } : undefined;
        const key = JSON.stringify([paper, continuous]);
        const known = [...this.heldPages.keys()];
        let result: RenderResult | undefined;
        try {
            result = await this.options.client.sendRequest(RenderRequest, {
                uri, ...(paper ? { paper } : {}), ...(continuous ? { continuous } : {}), ...(known.length > 0 ? { known } : {}),
            });
        } catch (error) {
            this.options.client.warn(`SOP preview: render of ${uri} failed`, error);
        } finally {
            this.inFlight = false;
        }
        // Requests run one at a time, so an answer is never older than the picture shown; it is
        // stale only when the panel switched file, paper or view meanwhile. Then drop it and ask again.
        const current = JSON.stringify([this.paper, this.options.mode() === 'continuous' && this.view
            ? { width: this.view.width, fontSize: this.options.fontSize() * this.view.textScale } : undefined]);
        if (result && !this.disposed && uri === this.uriValue.toString() && key === current) this.apply(result);
        else if (result && !this.disposed) this.dirty = true;
        if (this.dirty && !this.disposed) void this.requestRender();
    }

    private apply(result: RenderResult): void {
        if (result.status === 'invalid') {
            const { message, range } = result.firstError;
            this.errorRange = range;
            this.post({ type: 'invalid', message, line: range.start.line + 1, column: range.start.character + 1 });
            return;
        }
        const pages = completePages(result.pages, this.heldPages);
        if (!pages) {
            // A page left out is no longer held (never expected): ask again for every page.
            this.heldPages = new Map();
            this.refresh(0);
            return;
        }
        this.heldPages = new Map(pages.map(p => [p.hash, p.svg]));
        const first = result.errors?.first;
        this.errorRange = first?.range;
        this.stepRanges = result.stepRanges;
        this.nameRanges = result.nameRanges;
        this.post({
            type: 'render', version: ++this.renderVersion, uri: result.uri, title: result.title, paper: result.paper,
            pages: pages.map(p => ({ number: p.number, kind: p.kind, svg: p.svg, description: p.description })),
            steps: result.steps,
            lines: sourceLines(result.stepRanges, result.identityLines),
            ...(result.zoom !== undefined ? { continuousZoom: result.zoom } : {}),
            ...(first && result.errors ? {
                errors: { count: result.errors.count, message: first.message, line: first.range.start.line + 1, column: first.range.start.character + 1 },
            } : {}),
        });
        const editor = vscode.window.activeTextEditor;
        if (editor && editor.document.uri.toString() === this.uriValue.toString()) {
            this.highlighted = null;
            this.highlightAt(editor.selection.active);
        }
    }

    private onMessage(message: unknown): void {
        if (!isWebviewToHostMessage(message)) return;
        this.handle(message);
    }

    private handle(message: WebviewToHostMessage): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.highlighted = null;
                this.postConfig();
                this.refresh(0);
                break;
            case 'reveal': {
                // The cursor goes on the step's name: selecting the whole step would let the next keystroke replace it.
                const range = this.nameRanges[message.step] ?? this.stepRanges[message.step];
                if (range) void revealRange(this.uriValue, range, this.panel.viewColumn, { focus: message.focus, selectWhole: false });
                break;
            }
            case 'revealError':
                if (this.errorRange) void revealRange(this.uriValue, this.errorRange, this.panel.viewColumn, { focus: true, selectWhole: true });
                break;
            case 'view':
                this.view = { width: message.width, textScale: message.textScale };
                if (message.mode && message.mode !== this.options.mode()) this.options.setMode(message.mode);
                else this.refresh(0);
                break;
            case 'scrolled':
                if (this.options.scrollSync() && revealLineAtTop(this.uriValue, message.line)) this.editorScrolledByPreviewAt = Date.now();
                break;
            case 'zoom':
                break; // the webview keeps zoom in its own state; nothing to do on the host
            case 'setPaper':
                this.options.papers.set(this.uriValue.toString(), message.paper);
                this.refresh(0);
                break;
            case 'export':
                void vscode.commands.executeCommand(Commands.exportSvg, this.uriValue, { paper: this.paper });
                break;
            default: {
                const unreachable: never = message;
                throw new Error(`unhandled preview message ${JSON.stringify(unreachable)}`);
            }
        }
    }

    private postConfig(): void {
        this.post({
            type: 'config', locked: this.lockedValue, strings: previewStrings(), mode: this.options.mode(), scrollSync: this.options.scrollSync(),
            ...(this.paper ? { paper: this.paper } : {}),
        });
    }

    /** Never posts before the webview said `ready` (it would be lost). */
    private post(message: HostToWebviewMessage): void {
        if (this.ready && !this.disposed) void this.panel.webview.postMessage(message);
    }
}
