import {
    Emitter, Message, type DataCallback, type Disposable, type MessageReader, type NotificationMessage,
    type PartialMessageInfo,
} from 'vscode-jsonrpc';

const DID_CHANGE = 'textDocument/didChange';

interface DidChangeParams {
    textDocument: { uri: string; version: number };
    contentChanges: unknown[];
}

/**
 * Merges a run of `didChange` notifications for one document that arrive together into one
 * notification with all their content changes, in order (the same text results: a client may
 * send several changes in one notification). Why: the JSON-RPC connection dispatches one queued
 * message per turn of the event loop, and a build takes turns too, so under a flood of edits a
 * request waited behind thousands of tiny notifications (seconds) although the edits cost
 * nothing to apply. Messages are otherwise passed on unchanged and in order.
 */
export class CoalescingMessageReader implements MessageReader {
    private readonly batch: Message[] = [];
    private flushScheduled = false;
    private callback: DataCallback | undefined;

    constructor(private readonly inner: MessageReader) {}

    get onError() { return this.inner.onError; }
    get onClose() { return this.inner.onClose; }
    get onPartialMessage(): Emitter<PartialMessageInfo>['event'] { return this.inner.onPartialMessage; }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        return this.inner.listen(message => {
            this.batch.push(message);
            // Messages parsed from one chunk of input arrive synchronously; flush them together.
            if (!this.flushScheduled) {
                this.flushScheduled = true;
                queueMicrotask(() => this.flush());
            }
        });
    }

    dispose(): void {
        this.inner.dispose();
    }

    private flush(): void {
        this.flushScheduled = false;
        const messages = coalesceDidChanges(this.batch.splice(0));
        for (const message of messages) this.callback?.(message);
    }
}

/** `messages` with each run of adjacent `didChange` notifications for one URI merged into one. */
export function coalesceDidChanges(messages: readonly Message[]): Message[] {
    const out: Message[] = [];
    // Merged notifications are new objects whose change lists are ours to append to (linear in the run).
    const merged = new Set<Message>();
    for (const message of messages) {
        const previous = out[out.length - 1];
        if (isDidChange(message) && previous && isDidChange(previous)
            && previous.params.textDocument.uri === message.params.textDocument.uri) {
            if (merged.has(previous)) {
                previous.params.textDocument = message.params.textDocument;
                previous.params.contentChanges.push(...message.params.contentChanges);
            } else {
                const combined = {
                    ...previous,
                    params: {
                        textDocument: message.params.textDocument,
                        contentChanges: previous.params.contentChanges.concat(message.params.contentChanges),
                    },
                } as NotificationMessage;
                merged.add(combined);
                out[out.length - 1] = combined;
            }
        } else out.push(message);
    }
    return out;
}

function isDidChange(message: Message): message is NotificationMessage & { params: DidChangeParams } {
    if (!Message.isNotification(message) || message.method !== DID_CHANGE) return false;
    const params = message.params as Partial<DidChangeParams> | undefined;
    return typeof params?.textDocument?.uri === 'string' && Array.isArray(params.contentChanges);
}
