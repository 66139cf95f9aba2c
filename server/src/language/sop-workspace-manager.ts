import { DefaultWorkspaceManager, DocumentState, type AstNode, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type Stream, type URI } from 'langium';

/**
 * Langium reads and parses every workspace file before the workspace counts as ready, and no
 * edit is built before that: a 1,000-file workspace kept the file the user opened waiting for
 * every other file's parse. Here the workspace's files are only registered (unparsed, like the
 * documents Langium creates for files it hears about from the client); the first build parses
 * them, open files first (SopDocumentBuilder), yielding between documents.
 */
export class SopWorkspaceManager extends DefaultWorkspaceManager {
    private readonly factory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.factory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        for (const uri of uris) {
            const document = this.factory.fromModel({ $type: 'INVALID' } as AstNode, uri);
            // fromModel marks the document parsed; Changed makes the first build read and parse it.
            document.state = DocumentState.Changed;
            collector(document);
        }
    }
}
