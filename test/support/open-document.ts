import type { LangiumDocument, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * `text` as the editor's version `version` of `uri`, built as the server builds an open file: an
 * update of the document it holds (so per-file caches and step re-parsing apply), else a first build.
 */
export async function buildOpenDocument(shared: LangiumSharedServices, uri: URI, text: string, version: number): Promise<LangiumDocument> {
    shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'sop', version, text));
    if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
        await shared.workspace.DocumentBuilder.update([uri], []);
        return shared.workspace.LangiumDocuments.getDocument(uri)!;
    }
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}
