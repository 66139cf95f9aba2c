/**
 * The outline: the SOP, with an "Identitas" group holding the identity fields, then the actors
 * (name and jabatan) and the steps named "n. kegiatan" in row order; a step drawn with `sel`
 * cells lists them as children ("kepala: kapsul").
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { isActor, isSop, isStep, type Sop } from '../generated/ast.js';
import { stepKindOf } from '../sop-ast-utils.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopServices } from '../sop-module.js';
import { LspMessages } from './sop-lsp-messages.js';

const STEP_SYMBOL = { terminator: SymbolKind.Event, process: SymbolKind.Function, decision: SymbolKind.Enum } as const;

export class SopDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly messages: SopMessages;

    constructor(services: SopServices) {
        this.messages = services.i18n.Messages;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isSop(root) || !root.$cstNode) return [];
        const children: DocumentSymbol[] = [];
        const identity = this.identity(root);
        if (identity) children.push(identity);
        for (const a of root.actors) {
            const s = symbol(a, a.name, SymbolKind.Class, a.label);
            if (s) children.push(s);
        }
        root.steps.forEach((step, i) => {
            const cells = step.cells
                .map(c => symbol(c, `${c.actor?.$refText ?? '?'}: ${c.kind}`, STEP_SYMBOL[stepKindOf(c.kind)], c.text))
                .filter((c): c is DocumentSymbol => !!c);
            const s = symbol(step, `${i + 1}. ${step.activity ?? step.name}`, STEP_SYMBOL[stepKindOf(step.kind)], step.name, cells.length ? cells : undefined);
            if (s) children.push(s);
        });
        const header = symbol(root, root.name ?? '', SymbolKind.Module, root.title, children);
        return header ? [header] : [];
    }

    private identity(root: Sop): DocumentSymbol | undefined {
        const fields = root.fields.filter(f => f.$cstNode);
        if (fields.length === 0) return undefined;
        const children = fields.map(f => symbol(f, firstLine(f), SymbolKind.Property)).filter((s): s is DocumentSymbol => !!s);
        const range: Range = { start: fields[0].$cstNode!.range.start, end: fields[fields.length - 1].$cstNode!.range.end };
        return { name: this.messages.format(LspMessages.symbolIdentity), kind: SymbolKind.Namespace, range, selectionRange: children[0].selectionRange, children };
    }
}

function symbol(node: AstNode, name: string, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    // Sop, Actor and Step select their name; identity fields (whose `name` may be the approver's) their first line.
    const named = isSop(node) || isActor(node) || isStep(node);
    const nameNode = named ? GrammarUtils.findNodeForProperty(cst, 'name') : undefined;
    const start = cst.range.start;
    const firstLineEnd = cst.range.end.line === start.line ? cst.range.end : { line: start.line, character: start.character + firstLine(node).length };
    const selectionRange: Range = nameNode?.range ?? { start, end: firstLineEnd };
    return { name: name || '?', kind, detail, range: cst.range, selectionRange, children };
}

/** The first line of a field as written, e.g. `nomor "SOP-07/DPMPTSP/2025"` or `dasar hukum`. */
function firstLine(node: AstNode): string {
    const text = node.$cstNode?.text ?? '';
    const line = text.split(/\r?\n/)[0].trim();
    return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
