import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ParseResult } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isSop, type Sop } from './generated/ast.js';
import { reparseStep } from './sop-step-reparse.js';

/**
 * Langium's document factory, except that an edit of an open file inside one step re-parses that
 * step only (`sop-step-reparse.ts`); any other edit, and every closed file, is parsed whole.
 */
export class SopDocumentFactory extends DefaultLangiumDocumentFactory {
    /** How many updates were spliced instead of parsed whole (tests and benchmarks read it). */
    splices = 0;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancelToken: CancellationToken): Promise<LangiumDocument<T>> {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const previous = document.parseResult;
        const oldText = previous.value.$cstNode?.root.fullText;
        if (textDocument && oldText !== undefined && isSop(previous.value)) {
            const text = textDocument.getText();
            const services = this.serviceRegistry.getServices(document.uri);
            const spliced = text === oldText ? undefined : reparseStep(services.parser.LangiumParser, previous as unknown as ParseResult<Sop>, text);
            if (spliced) {
                this.splices++;
                Object.defineProperty(document, 'textDocument', { value: textDocument });
                (document as LangiumDocument).parseResult = spliced;
                (spliced.value as { $document?: LangiumDocument }).$document = document;
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        return super.update(document, cancelToken);
    }
}
