/**
 * Workspace symbols over every SOP of the workspace: the SOPs, their actors and their steps
 * (Langium's default lists exported symbols only, and this language exports just the SOPs).
 * A query matches the name, the qualified `sop.name`, or a step's kegiatan / an actor's jabatan.
 */
import { interruptAndCheck, type AstNode, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { DefaultFuzzyMatcher, type FuzzyMatcher, type WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isSop } from '../generated/ast.js';

export class SopWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly matcher: FuzzyMatcher;

    constructor(services: LangiumSharedCoreServices & { lsp: { FuzzyMatcher: FuzzyMatcher } }) {
        this.documents = services.workspace.LangiumDocuments;
        this.matcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query;
        const result: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult.value;
            if (!isSop(root) || !root.name) continue;
            const uri = document.uri.toString();
            const add = (node: AstNode, name: string, kind: SymbolKind, extra: string | undefined, container?: string) => {
                const range = node.$cstNode?.range;
                const qualified = container ? `${container}.${name}` : name;
                if (!range || !name) return;
                if (this.matcher.match(query, name) || this.matcher.match(query, qualified) || (extra && this.matcher.match(query, extra))) {
                    result.push({ name: extra ? `${name} — ${extra}` : name, kind, containerName: container, location: { uri, range } });
                }
            };
            add(root, root.name, SymbolKind.Module, root.title);
            for (const a of root.actors) add(a, a.name, SymbolKind.Class, a.label, root.name);
            root.steps.forEach((s, i) => add(s, s.name, SymbolKind.Function, `${i + 1}. ${s.activity ?? ''}`, root.name));
        }
        return result;
    }
}

/** Also treats `.`, spaces and punctuation as word starts, so `L1` matches `izin.L1` and `periksa` a kegiatan word. */
export class SopFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return super.isWordTransition(previous, current) || (!isWordChar(previous) && isWordChar(current));
    }
}

function isWordChar(code: number): boolean {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}
