import {
    DefaultScopeComputation, DefaultScopeProvider, MultiMap, MultiMapScope, stream, AstUtils, interruptAndCheck, CstUtils,
    type AstNode, type AstNodeLocator, type LangiumCoreServices, type AstNodeDescription, type LangiumDocument, type LocalSymbols, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { allAstNodes } from './sop-ast-walk.js';
import { isSop, isSymbolRef, type Step, type SymbolRef } from './generated/ast.js';

/**
 * Exports only the SOP itself (for `keterkaitan` across files); actors and steps stay local to
 * their file, so two SOPs may both have a step called `verifikasi`.
 */
export class SopScopeComputation extends DefaultScopeComputation {
    /** Each named node's description (null: no name). An edit keeps the nodes it did not touch, and their descriptions with them. */
    private readonly described = new WeakMap<AstNode, AstNodeDescription | null>();
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        if (!isSop(root) || !root.name) return [];
        return [this.descriptions.createDescription(root, root.name, document)];
    }

    /** Langium's, walking the AST with plain loops (sop-ast-walk.ts); same symbols, same order. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const nodes = allAstNodes(document.parseResult.value);
        // Langium's walk leaves out the root.
        for (let i = 1; i < nodes.length; i++) {
            if (i % 64 === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: LocalSymbols): void {
        const container = node.$container;
        if (!container) return;
        let description = this.described.get(node);
        if (description === undefined) {
            const name = this.nameProvider.getName(node);
            description = name ? this.movable(node, name, document) : null;
            this.described.set(node, description);
        }
        if (description) (symbols as MultiMap<AstNode, AstNodeDescription>).add(container, description);
    }

    /**
     * Langium's description, except that its segments and path are read from the node when asked
     * for (go to definition, rename), not fixed when made: a node after an edit moves, and keeps
     * its description.
     */
    private movable(node: AstNode, name: string, document: LangiumDocument): AstNodeDescription {
        const { nameProvider, locator } = this;
        return {
            node,
            name,
            type: node.$type,
            documentUri: document.uri,
            get nameSegment() {
                return CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return CstUtils.toDocumentSegment(node.$cstNode);
            },
            get path() {
                return locator.getAstNodePath(node);
            },
        };
    }
}

/**
 * Langium's default local scopes are streams searched once per reference, which makes linking
 * quadratic in the number of steps. This keeps one name index per (document symbols, container,
 * reference type); recomputing a document's symbols drops the cache with it.
 */
export class SopScopeProvider extends DefaultScopeProvider {
    private readonly localIndex = new WeakMap<object, Map<AstNode, Map<string, MultiMapScope>>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const layers: Scope[] = [];
        if (localSymbols) {
            for (let node: AstNode | undefined = context.container; node; node = node.$container) {
                if (localSymbols.has(node)) layers.push(this.indexed(localSymbols, node, referenceType));
            }
        }
        const scope = new LayeredScope(layers, this.getGlobalScope(referenceType, context));
        return isSymbolRef(context.container) && context.property === 'actor' ? cellsOf(context.container, scope) : scope;
    }

    /**
     * What `getScope(context).getElement(name)` answers, without building the layered scope: the
     * linker asks this once per reference (thousands per keystroke in a long SOP).
     */
    lookup(context: ReferenceInfo, name: string): AstNodeDescription | undefined {
        if (isSymbolRef(context.container) && context.property === 'actor') {
            const step = context.container.step?.ref;
            if (step && !cellNamesOf(step).has(name)) return undefined;
        }
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (localSymbols) {
            for (let node: AstNode | undefined = context.container; node; node = node.$container) {
                if (!localSymbols.has(node)) continue;
                const found = this.indexed(localSymbols, node, referenceType).getElement(name);
                if (found) return found;
            }
        }
        return this.getGlobalScope(referenceType, context).getElement(name);
    }

    private indexed(symbols: { getStream(node: AstNode): Stream<AstNodeDescription> }, node: AstNode, type: string): MultiMapScope {
        let byNode = this.localIndex.get(symbols);
        if (!byNode) this.localIndex.set(symbols, byNode = new Map());
        let byType = byNode.get(node);
        if (!byType) byNode.set(node, byType = new Map());
        let scope = byType.get(type);
        if (!scope) {
            const elements = symbols.getStream(node).filter(d => this.reflection.isSubtype(d.type, type));
            byType.set(type, scope = new MultiMapScope(elements));
        }
        return scope;
    }
}

/** `<step>.<actor>` names one of the step's symbols: only the actors with a symbol in that row. */
function cellsOf(ref: SymbolRef, actors: Scope): Scope {
    const step = ref.step?.ref;
    if (!step) return actors;
    return new FilteredScope(actors, cellNamesOf(step));
}

const cellNames = new WeakMap<Step, ReadonlySet<string>>();

/** The actor names written in a step's row (kept per step node, whose text never changes). */
function cellNamesOf(step: Step): ReadonlySet<string> {
    let names = cellNames.get(step);
    if (!names) {
        const set = new Set<string>();
        for (const actor of step.byActors) set.add(actor.$refText);
        for (const co of step.coActors) set.add(co.$refText);
        for (const cell of step.cells) if (cell.actor) set.add(cell.actor.$refText);
        cellNames.set(step, names = set);
    }
    return names;
}

/** The elements of `scope` whose name is in `names` (what a MultiMapScope of them would answer, without building one per reference). */
class FilteredScope implements Scope {
    constructor(private readonly scope: Scope, private readonly names: ReadonlySet<string>) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.names.has(name) ? this.scope.getElements(name).head() : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.names.has(name) ? this.scope.getElements(name) : stream([]);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.scope.getAllElements().filter(d => this.names.has(d.name));
    }
}

/** Inner layers first, then the global scope; first declaration wins within a layer. */
class LayeredScope implements Scope {
    constructor(private readonly layers: Scope[], private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        for (const layer of this.layers) {
            const found = layer.getElement(name);
            if (found) return found;
        }
        return this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream([...this.layers, this.outer]).flatMap(s => s.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream([...this.layers, this.outer]).flatMap(s => s.getAllElements());
    }
}
