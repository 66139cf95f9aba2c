import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Quiet time after the last edit before a build starts, and the longest an edit waits for one. */
const QUIET_MS = 25;
const MAX_WAIT_MS = 250;

/**
 * Turns edits into document builds:
 * - ignores documents no language service handles (VS Code only sends `.sop` files, but Neovim or
 *   Helix may open `notes.txt` with the same server, and Langium's builder throws on it, which
 *   ended the server);
 * - coalesces a burst of edits into one build (each edit used to start a build that the next one
 *   cancelled after its parse: requests waited seconds behind a burst);
 * - lets a request flush the pending edits of its document first, so it is answered on the
 *   newest text;
 * - never cancels a build that a request waits for: edits that arrive meanwhile are built after
 *   it. (Langium cancels the running build on every update; under a stream of edits with
 *   requests in between, each request's build was cancelled by the next edit's and requests
 *   waited until the typing stopped.)
 */
export class SopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly pending = new Set<string>();
    /** Edits handed to a build that has not reached them yet (it waits for the workspace or a running build). */
    private readonly inFlight = new Set<string>();
    private quiet: NodeJS.Timeout | undefined;
    private deadline: NodeJS.Timeout | undefined;
    private readonly waiting: Array<{ uris: Set<string>; resolve: () => void }> = [];
    /** The running build a request waits for, if any. */
    private awaited: Promise<void> | undefined;
    /** Whether the next build is one a request waits for. */
    private nextIsAwaited = false;

    constructor(services: LangiumSharedServices) {
        super(services);
        services.workspace.DocumentBuilder.onUpdate(changed => {
            const uris = new Set(changed.map(u => u.toString()));
            for (const uri of uris) this.inFlight.delete(uri);
            for (const waiter of this.waiting.splice(0)) {
                if ([...waiter.uris].some(u => uris.has(u))) waiter.resolve();
                else this.waiting.push(waiter);
            }
        });
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        if (!this.serviceRegistry.hasServices(URI.parse(change.document.uri))) return;
        this.pending.add(change.document.uri);
        clearTimeout(this.quiet);
        this.quiet = setTimeout(() => this.fire(), QUIET_MS);
        this.deadline ??= setTimeout(() => this.fire(), MAX_WAIT_MS);
    }

    /** Starts the build of `uri`'s pending edits now; resolves once its documents are marked changed. */
    flush(uri: string): Promise<void> {
        const pending = this.pending.has(uri);
        // A build that was handed the edits but has not started: until it does, the document may not
        // exist yet (just opened), and Langium answers a request on it with "no document found".
        if (!pending && !this.inFlight.has(uri)) return Promise.resolve();
        const flushed = new Promise<void>(resolve => {
            this.waiting.push({ uris: new Set([uri]), resolve });
            // Never hold a request forever should the build not start (the workspace failed to load).
            setTimeout(resolve, 2000).unref();
        });
        if (pending) {
            this.nextIsAwaited = true;
            this.fire();
        }
        return flushed;
    }

    private fire(): void {
        clearTimeout(this.quiet);
        clearTimeout(this.deadline);
        this.quiet = this.deadline = undefined;
        // Pending edits wait for the awaited build; it fires them when it ends.
        if (this.pending.size === 0 || this.awaited) return;
        const changed = [...this.pending].map(u => URI.parse(u));
        for (const uri of this.pending) this.inFlight.add(uri);
        this.pending.clear();
        if (!this.nextIsAwaited) {
            this.fireDocumentUpdate(changed, []);
            return;
        }
        this.nextIsAwaited = false;
        const build = this.workspaceManager.ready.then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, [], token)));
        this.awaited = build.catch(() => undefined).finally(() => {
            this.awaited = undefined;
            this.fire();
        });
    }
}
