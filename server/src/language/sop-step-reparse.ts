import {
    AstUtils, CompositeCstNodeImpl, isCompositeCstNode, isLeafCstNode, type RootCstNodeImpl,
    type AstNode, type CstNode, type LangiumParser, type ParseResult,
} from 'langium';
import type { Sop, Step } from './generated/ast.js';

/**
 * Re-parses only the step an edit falls in and splices it into the previous parse result, when
 * that is provably what a full parse of the new text gives; otherwise answers undefined and the
 * caller parses the whole text. At 2,000 steps a full parse costs ~150 ms per keystroke (tokens,
 * CST, AST and their garbage); one step costs well under a millisecond.
 *
 * Why the spliced result equals a full parse, given the conditions checked below:
 * - the previous parse had no lexer or parser error, and neither has the step's re-parse, which
 *   must consume the whole region (Chevrotain reports leftover tokens as an error);
 * - the region runs from the step's first token to the next top-level element's first token (or
 *   the end of the text), so the text before and after it is unchanged;
 * - the step's first token (its kind keyword) is untouched, so the element before the step still
 *   stops at it, and the top level still picks a step;
 * - the region ends in whitespace and holds no comment, so no token can cross its end (a string
 *   crossing it would be unterminated inside it: a lexer error); after it, the next element's first
 *   token keeps whether it starts a line (the only context SopLexer reads);
 * - the step is followed by a top-level keyword, which no clause of a step can continue with, so
 *   the step ends at the same token in context as alone (the lookahead sees a token no
 *   continuation starts with, as the end of input).
 * `test/unit/step-reparse.test.ts` compares spliced results with full parses after random edits.
 */
export function reparseStep(parser: LangiumParser, previous: ParseResult<Sop>, text: string): ParseResult<Sop> | undefined {
    const oldRoot = previous.value;
    const rootCst = oldRoot.$cstNode as RootCstNodeImpl | undefined;
    if (!rootCst || hasErrors(previous)) return undefined;
    const oldText = rootCst.fullText;
    const change = diff(oldText, text);
    const place = regionOf(oldRoot, rootCst, change.start);
    if (!place) return undefined;
    const { step, index, start, end } = place;
    const kind = step.$cstNode!.content[0];
    if (!kind || change.start <= kind.end || change.oldEnd > end) return undefined;
    const delta = text.length - oldText.length;
    const regionText = text.slice(start, end + delta);
    if (!safeRegion(oldText.slice(start, end), regionText, end < oldText.length)) return undefined;
    if (end < oldText.length && startsLine(oldText, end) !== startsLine(text, end + delta)) return undefined;
    const parsed = parser.parse(regionText, { rule: 'Step' }) as ParseResult<AstNode>;
    if (hasErrors(parsed) || parsed.value.$type !== step.$type || !parsed.value.$cstNode) return undefined;
    return splice(previous, rootCst, parsed.value as Step, { index, stepIndex: step.$containerIndex!, start, end, delta, text, oldText });
}

interface Change { start: number; oldEnd: number; newEnd: number }

/** The changed span: the longest common prefix and then the longest common suffix of what is left. */
function diff(oldText: string, text: string): Change {
    const max = Math.min(oldText.length, text.length);
    let start = 0;
    while (start < max && oldText.charCodeAt(start) === text.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < max - start && oldText.charCodeAt(oldText.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, newEnd: text.length - suffix };
}

function hasErrors(result: ParseResult<AstNode>): boolean {
    const report = (result as { lexerReport?: { diagnostics?: unknown[] } }).lexerReport;
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (report?.diagnostics?.length ?? 0) > 0;
}

interface Region { step: Step & { $cstNode: CompositeCstNodeImpl }; index: number; start: number; end: number }

/**
 * The step whose region (its first token up to the next top-level element's first token) holds
 * `offset`, with the step's position among the root CST's children; undefined when `offset` is
 * before the first step or in another kind of element.
 */
function regionOf(root: Sop, rootCst: RootCstNodeImpl, offset: number): Region | undefined {
    const children = rootCst.content;
    let lo = 0;
    let hi = children.length - 1;
    // The last child starting at or before `offset`.
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (children[mid].offset <= offset) lo = mid;
        else hi = mid - 1;
    }
    const cst = children[lo];
    if (!cst || cst.hidden || !isCompositeCstNode(cst) || cst.offset > offset) return undefined;
    const step = cst.astNode as Step;
    if (step.$type !== 'Step' || step.$container !== root || root.steps[step.$containerIndex!] !== step) return undefined;
    const next = children[lo + 1];
    if (next?.hidden) return undefined;
    return { step: step as Region['step'], index: lo, start: cst.offset, end: next ? next.offset : rootCst.fullText.length };
}

function safeRegion(oldRegion: string, region: string, followed: boolean): boolean {
    if (followed && !/\s$/.test(region)) return false;
    return !/\/[/*]/.test(oldRegion) && !/\/[/*]/.test(region);
}

function startsLine(text: string, offset: number): boolean {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    return i < 0 || text[i] === '\n' || text[i] === '\r';
}

interface Splice {
    /** The step's place among the root CST's children, and among the steps. */
    index: number; stepIndex: number;
    /** The region in the old text, and how much longer it is now. */
    start: number; end: number; delta: number;
    text: string; oldText: string;
}

/** Fields of Langium's leaf CST nodes (positions are stored, not computed). */
interface Leaf {
    _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number;
}

function splice(previous: ParseResult<Sop>, rootCst: RootCstNodeImpl, step: Step, s: Splice): ParseResult<Sop> {
    const oldRoot = previous.value;
    const oldStepCst = rootCst.content[s.index];
    const first = leafOf(oldStepCst);
    const at = { line: first._startLine, character: first._startColumn };
    // The step's CST was built as the root of its own text: re-home it as a composite at its place.
    const cst = new CompositeCstNodeImpl();
    cst.grammarSource = oldStepCst.grammarSource;
    cst.content = (step.$cstNode as CompositeCstNodeImpl).content;
    for (const child of cst.content) (child as { container?: CompositeCstNodeImpl }).container = cst;
    cst.astNode = step;
    (step as { $cstNode?: CstNode }).$cstNode = cst;
    forEachLeaf(cst, leaf => {
        if (leaf._startLine === 0) leaf._startColumn += at.character;
        if (leaf._endLine === 0) leaf._endColumn += at.character;
        leaf._offset += s.start;
        leaf._startLine += at.line;
        leaf._endLine += at.line;
    });
    shiftAfter(rootCst, s, at);
    (cst as { container?: CompositeCstNodeImpl }).container = rootCst;
    rootCst.content[s.index] = cst;
    (rootCst as unknown as { _text: string })._text = s.text;
    // A new root object: caches keyed by the root (the model, the file's language) start afresh.
    const root = { ...oldRoot, steps: [...oldRoot.steps] } as Sop;
    root.steps[s.stepIndex] = step;
    (root as { $cstNode?: CstNode }).$cstNode = rootCst;
    rootCst.astNode = root;
    AstUtils.linkContentToContainer(root);
    return { ...previous, value: root };
}

/** Moves every CST node after the region by the edit's offset, line and column change. */
function shiftAfter(rootCst: CompositeCstNodeImpl, s: Splice, at: Position): void {
    dropRange(rootCst);
    if (s.end >= s.oldText.length) return;
    const oldAt = advance(at, s.oldText, s.start, s.end);
    const newAt = advance(at, s.text, s.start, s.end + s.delta);
    const lines = newAt.line - oldAt.line;
    const columns = newAt.character - oldAt.character;
    if (s.delta === 0 && lines === 0 && columns === 0) return;
    const shift = { line: oldAt.line, columns, lines, delta: s.delta };
    for (let i = s.index + 1; i < rootCst.content.length; i++) shiftLeaves(rootCst.content[i], shift);
}

/**
 * `forEachLeaf` with the shift inlined: every token after an edit is visited on every keystroke
 * (60,000 at 2,000 steps), where a callback per token cost as much as the shift.
 */
function shiftLeaves(node: CstNode, shift: { line: number; columns: number; lines: number; delta: number }): void {
    const content = (node as { content?: CstNode[] }).content;
    if (content) {
        dropRange(node);
        for (let i = 0; i < content.length; i++) shiftLeaves(content[i], shift);
        return;
    }
    if (typeof (node as { tokenType?: unknown }).tokenType !== 'object') return;
    const leaf = node as unknown as Leaf;
    if (leaf._startLine === shift.line) leaf._startColumn += shift.columns;
    if (leaf._endLine === shift.line) leaf._endColumn += shift.columns;
    leaf._offset += shift.delta;
    leaf._startLine += shift.lines;
    leaf._endLine += shift.lines;
}

/** Every leaf under `node`; composite nodes drop their cached range on the way. */
function forEachLeaf(node: CstNode, visit: (leaf: Leaf) => void): void {
    if (isLeafCstNode(node)) {
        visit(node as unknown as Leaf);
        return;
    }
    if (!isCompositeCstNode(node)) return;
    dropRange(node);
    for (const child of node.content) forEachLeaf(child, visit);
}

/** Composite CST nodes cache their range (from their first and last token). */
function dropRange(node: CstNode): void {
    (node as unknown as { _rangeCache?: unknown })._rangeCache = undefined;
}

interface Position { line: number; character: number }

/** The first token of a CST node, with its stored position. */
function leafOf(node: CstNode): Leaf {
    let first: CstNode = node;
    while (isCompositeCstNode(first)) first = first.content[0];
    return first as unknown as Leaf;
}

/**
 * The position of `to`, given that `from` is at `at`: line breaks counted as Chevrotain counts them
 * (\n, \r\n and a lone \r), columns in UTF-16 units. `from` starts a token, so never splits a \r\n.
 */
function advance(at: Position, text: string, from: number, to: number): Position {
    let line = at.line;
    let lineStart = from - at.character;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: to - lineStart };
}
