/**
 * The validated documents of the `.sop` files a folder command covers ("SOP: Export Book…", "SOP:
 * Export Monitoring/Evaluation Forms…"): every `.sop` under a folder, or one `.sop` file. Files open in
 * the editor give their editor text; files not yet in the workspace are loaded and built.
 */
import { DocumentState, UriUtils, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { Sop } from '../language/generated/ast.js';

export async function loadSops(shared: LangiumSharedServices, resource: URI, token: CancellationToken): Promise<Array<LangiumDocument<Sop>>> {
    const uris = await sopFiles(shared, resource);
    const langium = shared.workspace.LangiumDocuments;
    const added = uris.filter(uri => !langium.hasDocument(uri));
    // Through the workspace lock, as the editor's own updates go: a build of ours never races theirs.
    if (added.length > 0) await shared.workspace.WorkspaceLock.write(lock => shared.workspace.DocumentBuilder.update(added, [], lock));
    const documents: Array<LangiumDocument<Sop>> = [];
    for (const uri of uris) {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        documents.push(langium.getDocument(uri) as LangiumDocument<Sop>);
    }
    return documents;
}

/** Files with errors, and how many each has. */
export function withErrors(documents: Array<LangiumDocument<Sop>>): Array<{ uri: string; errors: number }> {
    return documents
        .map(d => ({ uri: d.uri.toString(), errors: (d.diagnostics ?? []).filter(x => x.severity === 1).length }))
        .filter(f => f.errors > 0);
}

async function sopFiles(shared: LangiumSharedServices, resource: URI): Promise<URI[]> {
    const isSop = (uri: URI) => UriUtils.basename(uri).toLowerCase().endsWith('.sop');
    // One file: the editor's document when it is open, else the file on disk.
    if (isSop(resource) && (shared.workspace.LangiumDocuments.hasDocument(resource) || !(await isDirectory(shared, resource)))) return [resource];
    const found: URI[] = [];
    const walk = async (dir: URI): Promise<void> => {
        for (const node of await shared.workspace.FileSystemProvider.readDirectory(dir)) {
            const name = UriUtils.basename(node.uri);
            if (node.isDirectory && !name.startsWith('.') && name !== 'node_modules') await walk(node.uri);
            else if (node.isFile && isSop(node.uri)) found.push(node.uri);
        }
    };
    await walk(resource);
    return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** A folder named `*.sop` is rare but legal; a missing path is not a folder. */
async function isDirectory(shared: LangiumSharedServices, uri: URI): Promise<boolean> {
    try {
        await shared.workspace.FileSystemProvider.readDirectory(uri);
        return true;
    } catch {
        return false;
    }
}
