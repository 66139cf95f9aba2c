/**
 * The canonical layout of a `.sop` file, computed on the gaps between tokens (only whitespace is
 * ever edited, so comments and text survive):
 * - top-level clauses (header, identity fields, actors, steps, footnotes) start at column 0;
 * - step clauses, branches, approver items and the items of identity lists sit on their own
 *   line, indented 4 spaces; requirement lists and co-actors stay on their clause's line;
 * - exactly one blank line before each step; elsewhere at most one blank line is kept;
 * - single spaces inside a line, none before `,` and around the `-` of a range (`5-10 menit`);
 * - no leading blank lines, one newline at the end.
 * Formatting is idempotent. On type (Enter) it tidies the finished line and indents the new one.
 */
import { CstUtils, GrammarAST, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver';
import {
    ApproverField, Branch, Cell, Duration, End, InstitutionField, ListField, Next, RelatedField, RelatedItem, Step, SymbolRef,
    isCell, isDuration, isInstitutionField, isListField, isSop, isStep, isSymbolRef,
} from '../generated/ast.js';
import { KEYWORDS, spellings, type Concept } from '../../vocabulary/sop-vocabulary.js';
import { ruleOf } from './sop-lsp-util.js';

const INDENT = '    ';
const words = (...concepts: Concept[]) => new Set(concepts.flatMap(c => spellings(KEYWORDS[c])));
const STEP_CLAUSES = words('by', 'question', 'requires', 'time', 'output', 'notes', 'text');
/** Clauses of their own rule that start a line inside a step. */
const STEP_NODES = [Branch.$type, Next.$type, End.$type, Cell.$type];
const APPROVER_ITEMS = words('position', 'name', 'nip', 'rank');
/** Nodes whose lines are indented under their header. */
const INDENTED: ReadonlySet<string> = new Set([
    Step.$type, Branch.$type, Next.$type, End.$type, Cell.$type, SymbolRef.$type, Duration.$type,
    InstitutionField.$type, ListField.$type, RelatedField.$type, RelatedItem.$type, ApproverField.$type,
]);

/** What goes before a token: line breaks and an indent, or inline spacing. */
type Gap = { newlines: number; indent: number } | { inline: '' | ' ' };

export class SopFormatter implements Formatter {
    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '\n' };
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return hasErrors(document) ? [] : layoutEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return hasErrors(document) ? [] : layoutEdits(document, params.range);
    }

    /** After Enter: lay out the line just finished and indent the new line like its neighbours. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        const line = params.position.line;
        if (params.ch !== '\n' || line === 0) return [];
        const edits = hasErrors(document) ? [] : layoutEdits(document, { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: Number.MAX_SAFE_INTEGER } })
            .filter(e => e.range.end.line < line);
        const text = document.textDocument.getText({ start: { line, character: 0 }, end: params.position });
        if (/^[ \t]*$/.test(text)) {
            const indent = newLineIndent(document, line - 1);
            if (text !== indent) edits.push({ range: { start: { line, character: 0 }, end: params.position }, newText: indent });
        }
        return edits;
    }
}

function hasErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** Visible tokens (including comments) in document order. */
function tokens(document: LangiumDocument): LeafCstNode[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    return CstUtils.flattenCst(root).filter(l => l.length > 0 && l.text.trim() !== '').toArray().sort((a, b) => a.offset - b.offset);
}

/** Text edits that turn every gap between tokens into its canonical whitespace. */
export function layoutEdits(document: LangiumDocument, range?: Range): TextEdit[] {
    const doc = document.textDocument;
    const text = doc.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const leaves = tokens(document);
    const from = range ? doc.offsetAt(range.start) : 0;
    const to = range ? doc.offsetAt(range.end) : text.length;
    const edits: TextEdit[] = [];
    const replace = (start: number, end: number, newText: string) => {
        const current = text.slice(start, end);
        // Only whitespace is replaced; a gap holding anything else is left alone.
        if (current === newText || current.trim() !== '' || start < from || end > to) return;
        edits.push({ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText });
    };
    leaves.forEach((leaf, i) => {
        const start = i === 0 ? 0 : leaves[i - 1].end;
        replace(start, leaf.offset, render(gapBefore(leaves, i, text), eol));
    });
    if (leaves.length > 0) replace(leaves[leaves.length - 1].end, text.length, eol);
    return edits;
}

function render(gap: Gap, eol: string): string {
    return 'inline' in gap ? gap.inline : eol.repeat(gap.newlines) + INDENT.repeat(gap.indent);
}

/** Line breaks written in the original gap before token `i`. */
function writtenNewlines(leaves: LeafCstNode[], i: number, text: string): number {
    if (i === 0) return 0;
    return (text.slice(leaves[i - 1].end, leaves[i].offset).match(/\n/g) ?? []).length;
}

const clamp = (n: number) => Math.min(Math.max(n, 1), 2);

function gapBefore(leaves: LeafCstNode[], i: number, text: string): Gap {
    if (i === 0) return { newlines: 0, indent: 0 };
    const leaf = leaves[i];
    const previous = leaves[i - 1];
    const written = writtenNewlines(leaves, i, text);
    if (leaf.hidden) {
        if (written === 0) return { inline: ' ' };
        const next = leaves.slice(i + 1).find(l => !l.hidden);
        const nextGap = next ? lineGap(next, clamp(written)) : undefined;
        const indent = nextGap && !('inline' in nextGap) ? nextGap.indent : 0;
        // The first comment of a run takes the blank line its statement would get.
        if (!isOwnLineComment(leaves, i - 1, text) && nextGap && !('inline' in nextGap)) return { newlines: Math.max(nextGap.newlines, 1), indent };
        return { newlines: clamp(written), indent };
    }
    if (isSymbolDot(previous)) return { inline: '' };
    let gap = lineGap(leaf, clamp(written));
    if (!('inline' in gap) && isOwnLineComment(leaves, i - 1, text)) {
        gap = { newlines: isTopLevelStart(leaf) ? clamp(written) : 1, indent: gap.indent };
    }
    if ('inline' in gap && previous.hidden && previous.tokenType.name === 'SL_COMMENT') {
        return { newlines: 1, indent: 2 };
    }
    if ('inline' in gap && isRangeDash(previous)) return { inline: '' };
    return gap;
}

function isOwnLineComment(leaves: LeafCstNode[], i: number, text: string): boolean {
    return i >= 0 && leaves[i].hidden && (i === 0 || writtenNewlines(leaves, i, text) > 0);
}

/** The gap a (non-comment) token wants; `blank` is the clamped count of line breaks written. */
function lineGap(leaf: LeafCstNode, blank: number): Gap {
    const node = leaf.astNode;
    if (isTopLevelStart(leaf)) return { newlines: isStep(node) ? 2 : blank, indent: 0 };
    if (STEP_NODES.some(t => startsNode(leaf, t))) return { newlines: 1, indent: afterCell(node) ? 2 : 1 };
    if (startsNode(leaf, RelatedItem.$type) || isKeywordOf(leaf, Step.$type, STEP_CLAUSES) || isPageBreak(leaf)
        || isKeywordOf(leaf, ApproverField.$type, APPROVER_ITEMS) || isListItem(leaf)) {
        return { newlines: 1, indent: 1 };
    }
    if (leaf.text === ',' || isRangeDash(leaf) || isSymbolDot(leaf)) return { inline: '' };
    return { inline: ' ' };
}

/** A flow clause written after a `sel` belongs to that symbol, so it sits one level deeper. */
function afterCell(node: AstNode): boolean {
    const step = node.$container;
    if (isCell(node) || !isStep(step)) return false;
    const offset = node.$cstNode?.offset ?? 0;
    return step.cells.some(c => (c.$cstNode?.offset ?? Infinity) < offset);
}

function isPageBreak(leaf: LeafCstNode): boolean {
    const source = leaf.grammarSource;
    return GrammarAST.isKeyword(source) && (source.value === 'halaman' || source.value === 'page') && ruleOf(source) === 'PageBreak';
}

/** The `.` of `<step>.<actor>` and the name after it are written without spaces. */
function isSymbolDot(leaf: LeafCstNode | undefined): boolean {
    return leaf?.text === '.' && isSymbolRef(leaf.astNode);
}

function isTopLevelStart(leaf: LeafCstNode): boolean {
    const node = leaf.astNode;
    return (isSop(node) || isSop(node.$container)) && node.$cstNode?.offset === leaf.offset;
}

function startsNode(leaf: LeafCstNode, type: string): boolean {
    return leaf.astNode.$type === type && leaf.astNode.$cstNode?.offset === leaf.offset;
}

function isKeywordOf(leaf: LeafCstNode, rule: string, words: ReadonlySet<string>): boolean {
    const source = leaf.grammarSource;
    return GrammarAST.isKeyword(source) && words.has(source.value) && ruleOf(source) === rule;
}

/** A quoted line of `instansi` or of an identity list (`dasar hukum`, `peringatan`, …). */
function isListItem(leaf: LeafCstNode): boolean {
    return (isInstitutionField(leaf.astNode) || isListField(leaf.astNode)) && leaf.tokenType.name === 'STRING';
}

/** The `-` of `5-10 menit` (not the `-` of "no time"). */
function isRangeDash(leaf: LeafCstNode): boolean {
    const node: AstNode = leaf.astNode;
    return leaf.text === '-' && isDuration(node) && node.max !== undefined;
}

/** Indent for a new line typed after `line`: inside a step or an indented block, 4 spaces. */
function newLineIndent(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
    if (text.trim() === '') return /^[ \t]*/.exec(text)?.[0] ?? '';
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt({ line, character: text.length - text.trimStart().length });
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    if (!leaf) return /^[ \t]*/.exec(text)?.[0] ?? '';
    const type = leaf.astNode.$type;
    return INDENTED.has(type) ? INDENT : '';
}
