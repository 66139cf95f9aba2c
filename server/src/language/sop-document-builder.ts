import {
    DefaultDocumentBuilder, DocumentState, interruptAndCheck, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isRelatedItem } from './generated/ast.js';

/** Closed files linked and validated together between two yields; builds of fewer closed files run as Langium's. */
export const BUILD_BATCH = 50;

/**
 * Langium builds phase by phase over every document: in a 1,000-file workspace the file the user
 * opened got its diagnostics only after every file was parsed, linked and validated (3–9 s of
 * nothing). A build with many closed files runs in stages instead:
 * 1. the open files alone: parsed, linked against what is indexed so far and validated (an open
 *    file with a `keterkaitan` that does not resolve yet waits for stage 3, so it never flashes
 *    an error that the rest of the workspace would clear);
 * 2. the closed files parsed and indexed (every file's exports and `nomor`);
 * 3. the open files linked and validated again against the whole index (cross-file results);
 * 4. the closed files linked and validated in batches, each publishing its diagnostics.
 * Between documents Langium yields to the event loop, so requests for the open files are
 * answered as soon as those reach the state they wait for.
 */
export class SopDocumentBuilder extends DefaultDocumentBuilder {
    /** While a staged build runs: the lowest state a document of it may still be in. */
    private floor: DocumentState | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const open = documents.filter(d => this.isOpen(d));
        const closed = documents.filter(d => !this.isOpen(d));
        if (closed.length <= BUILD_BATCH || !options.validation) return super.buildDocuments(documents, options, cancelToken);
        this.prepareBuild(documents, options);
        this.floor = DocumentState.Changed;
        try {
            await this.indexed(open, cancelToken);
            await this.linked(open, cancelToken);
            await this.validated(open.filter(d => !hasUnresolvedRelated(d)), cancelToken);
            for (const batch of batches(closed)) await this.indexed(batch, cancelToken);
            // The index grew since stage 1 filled the workspace caches (the global scope): drop them.
            await this.emitUpdate([], []);
            for (const doc of open) this.resetToState(doc, doc.references.some(r => r.error) ? DocumentState.ComputedScopes : DocumentState.IndexedReferences);
            this.prepareBuild(open, options);
            await this.linked(open, cancelToken);
            await this.validated(open, cancelToken);
            const rest = batches(closed);
            for (const [i, batch] of rest.entries()) {
                await interruptAndCheck(cancelToken);
                if (i === rest.length - 1) this.floor = undefined;
                await this.linked(batch, cancelToken);
                await this.validated(batch, cancelToken);
            }
        } finally {
            this.floor = undefined;
        }
    }

    private isOpen(document: LangiumDocument): boolean {
        return this.textDocuments?.get(document.uri) !== undefined;
    }

    /** Langium records the phase every build reaches; a staged build is only as far as its slowest document. */
    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => unknown): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        if (this.floor !== undefined && this.currentState > this.floor) this.currentState = this.floor;
    }

    private async indexed(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<void> {
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        await this.runCancelable(documents, DocumentState.IndexedContent, cancelToken, doc => this.indexManager.updateContent(doc, cancelToken));
    }

    private async linked(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<void> {
        await this.runCancelable(documents, DocumentState.ComputedScopes, cancelToken, async doc => {
            const scopeComputation = this.serviceRegistry.getServices(doc.uri).references.ScopeComputation;
            doc.localSymbols = await scopeComputation.collectLocalSymbols(doc, cancelToken);
        });
        const toBeLinked = documents.filter(doc => this.shouldLink(doc));
        await this.runCancelable(toBeLinked, DocumentState.Linked, cancelToken,
            doc => this.serviceRegistry.getServices(doc.uri).references.Linker.link(doc, cancelToken));
        await this.runCancelable(toBeLinked, DocumentState.IndexedReferences, cancelToken, doc => this.indexManager.updateReferences(doc, cancelToken));
    }

    private async validated(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<void> {
        const toBeValidated = documents.filter(doc => {
            if (this.shouldValidate(doc)) return true;
            this.markAsCompleted(doc);
            return false;
        });
        await this.runCancelable(toBeValidated, DocumentState.Validated, cancelToken, async doc => {
            await this.validate(doc, cancelToken);
            this.markAsCompleted(doc);
        });
    }
}

/** A `keterkaitan` naming another SOP that is not (yet) indexed. */
function hasUnresolvedRelated(document: LangiumDocument): boolean {
    return document.references.some(r => r.error && isRelatedItem(r.error.info.container));
}

function batches<T>(items: T[], size = BUILD_BATCH): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
}
