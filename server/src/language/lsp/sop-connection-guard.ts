/**
 * Checks what clients send before Langium's handlers see it. VS Code always sends well-formed
 * requests; other clients and hostile peers may not, and then Langium's handlers either throw
 * before their own error handling (`params: null` became -32603 Internal Error) or read the disk
 * for a URI nobody opened. The guard answers -32602 Invalid Params for malformed requests, and
 * `null` (no result) for document requests on a URI the workspace does not hold.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/** Requests whose params carry `textDocument: { uri }` (registration method names). */
const DOCUMENT_REQUESTS = new Set([
    'onHover', 'onCompletion', 'onReferences', 'onDocumentHighlight', 'onPrepareRename', 'onRenameRequest', 'onDefinition',
    'onDeclaration', 'onTypeDefinition', 'onImplementation', 'onDocumentSymbol', 'onFoldingRanges', 'onCodeAction', 'onCodeLens',
    'onDocumentFormatting', 'onDocumentRangeFormatting', 'onDocumentOnTypeFormatting', 'onSignatureHelp', 'onDocumentLinks',
    'onSelectionRanges', 'onDocumentColor', 'onColorPresentation', 'onLinkedEditingRange', 'onPrepare', 'on', 'onDelta', 'onRange',
]);

/** Registrations of notifications: a malformed one is dropped (there is nobody to answer). */
const NOTIFICATIONS = /^(onDid|onWill(?!SaveTextDocumentWaitUntil)|onNotification$|onExit$|onInitialized$|onProgress$)/;

/** Registrations passed through untouched. */
const UNCHECKED = new Set(['onShutdown', 'onExit', 'onInitialized', 'onProgress']);

/** Sub-objects of the connection that register handlers (`languages.semanticTokens.on`, …). */
const NESTED = new Set(['languages', 'workspace', 'semanticTokens', 'inlayHint', 'inlineValue', 'callHierarchy', 'typeHierarchy', 'diagnostics', 'foldingRange', 'moniker']);

type Handler = (...args: unknown[]) => unknown;

/** What the guard asks the server about documents. */
export interface GuardHooks {
    /** Resolves once the workspace's files are registered: before that, a file of it is not known yet. */
    workspaceReady(): Promise<void>;
    /** Whether the workspace holds `uri` (open, or loaded from disk). */
    isKnownDocument(uri: string): boolean;
    /** Called before a request on `uri` runs: starts the build of its pending edits. */
    beforeRequest(uri: string): Promise<void>;
}

/** Wraps `connection` so that every handler registered through it is guarded. */
export function guardConnection(connection: Connection, hooks: GuardHooks): Connection {
    return wrap(connection, hooks) as Connection;
}

function wrap(target: object, isKnown: GuardHooks): object {
    const nested = new Map<string, object>();
    return new Proxy(target, {
        get(object, property) {
            const value: unknown = Reflect.get(object, property, object);
            if (typeof property !== 'string') return value;
            if (typeof value === 'function') {
                if (!/^on([A-Z]|$)/.test(property) || UNCHECKED.has(property)) return value.bind(object);
                return (...args: unknown[]) => (value as Handler).apply(object, args.map((a, i) =>
                    // `onRequest(handler)` (a star handler) gets the method first: leave it alone.
                    typeof a === 'function' && !(i === 0 && (property === 'onRequest' || property === 'onNotification'))
                        ? guardHandler(a as Handler, property, isKnown)
                        : a));
            }
            if (value && typeof value === 'object' && NESTED.has(property)) {
                if (!nested.has(property)) nested.set(property, wrap(value, isKnown));
                return nested.get(property);
            }
            return value;
        },
    });
}

function guardHandler(handler: Handler, registration: string, hooks: GuardHooks): Handler {
    const notification = NOTIFICATIONS.test(registration);
    if (notification) return (params: unknown, ...rest: unknown[]) => (paramsProblem(params, registration) ? undefined : handler(params, ...rest));
    return async (params: unknown, ...rest: unknown[]) => {
        const problem = paramsProblem(params, registration);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
        const uri = targetOf(params as Record<string, unknown>);
        if (DOCUMENT_REQUESTS.has(registration) && uri !== undefined) {
            // Requests are dispatched together (transport/message-turns.ts), so one about a closed file
            // can arrive while the workspace's files are still being listed: wait for the list.
            await hooks.workspaceReady();
            if (!hooks.isKnownDocument(uri)) return null;
        }
        if (uri !== undefined) await hooks.beforeRequest(uri);
        return handler(params, ...rest);
    };
}

/** The document a request is about: `textDocument.uri`, or `uri` for the `sop/*` requests. */
function targetOf(params: Record<string, unknown>): string | undefined {
    const textDocument = params.textDocument as { uri?: unknown } | undefined;
    const uri = textDocument?.uri ?? params.uri;
    return typeof uri === 'string' ? uri : undefined;
}

function paramsProblem(params: unknown, registration: string): string | undefined {
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return 'params must be an object';
    const needsDocument = DOCUMENT_REQUESTS.has(registration) || /TextDocument$/.test(registration);
    if (!needsDocument) return undefined;
    const textDocument = (params as { textDocument?: unknown }).textDocument;
    if (typeof textDocument !== 'object' || textDocument === null || typeof (textDocument as { uri?: unknown }).uri !== 'string') {
        return 'params.textDocument.uri must be a string';
    }
    return undefined;
}
