import {
    AstUtils, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultReferences, interruptAndCheck, stream, UriUtils,
    type AstNode, type AstNodeDescription, type FindReferencesOptions, type LinkingError, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type Stream,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { allReferences } from './sop-ast-walk.js';
import { SopScopeProvider } from './sop-scope.js';

/** How many nodes (references) are handled between two checks for cancellation (Langium checks at every node). */
export const NODES_PER_CHECK = 64;

/** Langium's linker, walking the AST with plain loops (sop-ast-walk.ts); same order, same results. */
export class SopLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const references = allReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[i], document);
        }
    }

    /**
     * Langium's, except that a reference's description is cleared rather than deleted: a deleted
     * property turns each of the thousands of references of a long SOP into a slow dictionary
     * object on every keystroke.
     */
    override unlink(document: LangiumDocument): void {
        for (const ref of document.references) {
            if ('_ref' in ref) {
                const linked = ref as { _ref?: unknown; _nodeDescription?: unknown };
                linked._ref = undefined;
                linked._nodeDescription = undefined;
            } else if ('_items' in ref) {
                const multi = ref as { _items?: unknown; _linkingError?: unknown };
                multi._items = undefined;
                delete multi._linkingError;
            }
        }
        document.references = [];
    }

    /** Langium's, asking the scope provider for the one name instead of building a scope per reference. */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const provider = this.scopeProvider;
        if (!(provider instanceof SopScopeProvider)) return super.getCandidate(refInfo);
        return provider.lookup(refInfo, refInfo.reference.$refText) ?? this.createLinkingError(refInfo);
    }
}

/**
 * The reference index holds only references into other files (a `keterkaitan` naming another SOP):
 * what tells Langium which files to relink when one changes, and what a search for references from
 * another file finds. References within a file (every `oleh`, `ke`, `sel` and `ya ke`: thousands in
 * a long SOP) were indexed on every keystroke for the rare search; SopReferences finds those when
 * asked, walking the one file they can be in.
 */
export class SopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = allReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            const info = references[i];
            if (info.reference.error || !intoOtherFile(info, document)) continue;
            descriptions.push(...this.createInfoDescriptions(info));
        }
        return descriptions;
    }

    /** The references within `document` to `target` (a node of that document), in document order. */
    localReferencesTo(document: LangiumDocument, target: AstNode): ReferenceDescription[] {
        const found: ReferenceDescription[] = [];
        for (const info of allReferences(document.parseResult.value)) {
            const reference = info.reference;
            if (reference.error || !('ref' in reference) || reference.ref !== target) continue;
            for (const description of this.createInfoDescriptions(info)) if (description.local) found.push(description);
        }
        return found;
    }
}

/** Whether a linked reference names a node of another file (Langium's `local: false`). */
function intoOtherFile(info: ReferenceInfo, document: LangiumDocument): boolean {
    const reference = info.reference;
    const target = 'ref' in reference ? reference.ref : undefined;
    if (!target) return true; // a multi-reference (none in this grammar): as Langium does
    return AstUtils.getDocument(target) !== document;
}

/** Langium's references, plus those within the target's own file, which the index leaves out. */
export class SopReferences extends DefaultReferences {
    private readonly descriptions: SopReferenceDescriptionProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.descriptions = services.workspace.ReferenceDescriptionProvider as SopReferenceDescriptionProvider;
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const document = AstUtils.getDocument(targetNode);
        const local = options.documentUri && !UriUtils.equals(options.documentUri, document.uri) ? [] : this.descriptions.localReferencesTo(document, targetNode);
        // Langium's order: the declaration first, then the references (within the file, then what the index holds).
        const self = options.includeDeclaration ? this.getSelfReferences(targetNode) : [];
        const indexed = super.findReferences(targetNode, { ...options, includeDeclaration: false });
        return stream([...self, ...local, ...indexed]);
    }
}
