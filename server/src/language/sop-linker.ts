import {
    DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumDocument, type ReferenceDescription,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { allReferences } from './sop-ast-walk.js';

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
}

/** Langium's reference index entries of a document, found with plain loops; same order, same entries. */
export class SopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = allReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            const info = references[i];
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        }
        return descriptions;
    }
}
