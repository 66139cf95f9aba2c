import { AstUtils, GrammarUtils, type CstNode } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { isSymbolRef, type Step } from '../generated/ast.js';
import { stepActor } from '../sop-clauses.js';

/**
 * Go to definition. The actor part of `<step>.<actor>` names a symbol, so it leads to that
 * symbol's clause in the step (`sel <actor>`, or the `oleh`/`bersama` that puts it there) rather
 * than to the actor's declaration; everything else goes where Langium sends it.
 */
export class SopDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        const ref = source.astNode;
        const name = isSymbolRef(ref) ? ref.actor?.$refNode : undefined;
        // `source` may be the leaf inside the Name data-type node that the reference points at.
        if (isSymbolRef(ref) && name && source.offset >= name.offset && source.end <= name.end && ref.step?.ref && ref.actor?.ref) {
            const target = symbolClause(ref.step.ref, ref.actor.ref.name);
            if (target) return [{ source: name, target, targetDocument: AstUtils.getDocument(ref.step.ref) }];
        }
        return super.findLinks(source);
    }
}

/** The CST node that places `actor`'s symbol in `step`. */
function symbolClause(step: Step, actor: string): CstNode | undefined {
    const cell = step.cells.find(c => c.actor?.ref?.name === actor);
    if (cell?.$cstNode) return cell.actor.$refNode ?? cell.$cstNode;
    const main = stepActor(step);
    if (main?.ref?.name === actor) return main.$refNode;
    const index = step.coActors.findIndex(c => c.ref?.name === actor);
    if (index >= 0) return step.coActors[index].$refNode;
    return step.$cstNode ? GrammarUtils.findNodeForProperty(step.$cstNode, 'name') : undefined;
}
