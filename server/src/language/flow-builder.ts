import type { AstNode } from 'langium';
import type * as ast from './generated/ast.js';
import { isBranch, isNext } from './generated/ast.js';
import type { Edge, FlowSymbol, SymbolKind } from '../model/sop-document.js';
import { rangeOf, stepKindOf } from './sop-ast-utils.js';
import { KEYWORDS, spellings } from '../vocabulary/sop-vocabulary.js';
import { stepActor, stepQuestion } from './sop-clauses.js';
import { keptRangeOf, startKey } from './cst-start.js';

/** Default branch labels; the rendered document is Indonesian whatever the keyword language. */
export const DEFAULT_BRANCH_LABELS = { yes: 'Ya', no: 'Tidak' } as const;

/** The symbol id `ke <step>.<actor>` addresses. */
export function symbolId(step: string, actor: string | undefined): string {
    return actor ? `${step}.${actor}` : step;
}

/** One flow symbol of a step, the AST node that declares it, and the clauses that leave it, in source order. */
export interface SymbolSource {
    symbol: FlowSymbol;
    node: ast.Step | ast.Cell;
    exits: Array<ast.Next | ast.Branch | ast.End>;
}

/** The symbols of one row, its entry (where `ke <step>` arrives) and whether the entry ends the flow. */
export interface RowFlow {
    symbols: FlowSymbol[];
    entry: string;
    isEnd: boolean;
}

/**
 * Builds the symbols of every row and the arrows between them. Flow clauses belong to the symbol
 * declared before them (`oleh` or `sel`), or to the row's entry when none is. A flow symbol with no
 * written exit continues to the next row's entry, unless it is a decision, says `selesai`, sits in
 * the last row, or is a terminator below row 1 (the end of a branch).
 */
/** What `symbolSources` finds in one row. */
export type RowSources = ReturnType<typeof symbolSources>;

export function buildFlow(root: ast.Sop, keep = false): { rows: RowFlow[]; edges: Edge[]; sources: RowSources[] } {
    const sources = root.steps.map((s, i) => (keep ? keptSymbolSources(s, i + 1) : symbolSources(s, i + 1)));
    const rangeOfNode = keep ? keptRangeOf : rangeOf;
    const byStep = new Map<AstNode, number>(root.steps.map((s, i) => [s, i]));
    const entries = root.steps.map((s, i) => sources[i].flow[0]?.symbol.id ?? symbolId(s.name, stepActor(s)?.ref?.name));
    const resolve = (ref: ast.SymbolRef | undefined): FlowSymbol | undefined => {
        const target = ref?.step?.ref;
        const index = target ? byStep.get(target) : undefined;
        if (index === undefined) return undefined;
        const actor = ref?.actor?.ref?.name;
        if (ref?.actor && !actor) return undefined;
        const all = sources[index].all;
        return actor === undefined ? all.find(s => s.id === entries[index]) : all.find(s => s.actor === actor);
    };
    const edges: Edge[] = [];
    sources.forEach(({ flow }, i) => {
        for (const source of flow) collectEdges(source, i, sources, resolve, edges, rangeOfNode);
    });
    markStartsAndEnds(sources.map(s => s.all), entries, edges);
    const rows = sources.map(({ all }, i) => ({ symbols: all, entry: entries[i], isEnd: all.find(y => y.id === entries[i])?.isEnd ?? false }));
    return { rows, edges, sources };
}

function collectEdges(
    { symbol, exits }: SymbolSource, i: number,
    sources: Array<{ flow: SymbolSource[] }>, resolve: (ref: ast.SymbolRef | undefined) => FlowSymbol | undefined, edges: Edge[],
    rangeOfNode: (node: AstNode) => Edge['range'],
): void {
    const push = (to: FlowSymbol | undefined, kind: Edge['kind'], node: AstNode, label?: string) => {
        if (to) edges.push({ from: symbol.step, to: to.step, fromSymbol: symbol.id, toSymbol: to.id, kind, label, implicit: false, range: rangeOfNode(node) });
    };
    for (const exit of exits) {
        if (isNext(exit)) for (const target of exit.targets) push(resolve(target), 'next', target);
        else if (isBranch(exit)) {
            const kind = branchKind(exit);
            push(resolve(exit.target), kind, exit, exit.label ?? (kind === 'yes' || kind === 'no' ? DEFAULT_BRANCH_LABELS[kind] : undefined));
        }
    }
    if (exits.length > 0 || symbol.kind === 'decision' || i === sources.length - 1) return;
    if (symbol.kind === 'terminator' && i > 0) return;
    const next = sources[i + 1].flow[0]?.symbol;
    if (next) edges.push({ from: symbol.step, to: next.step, fromSymbol: symbol.id, toSymbol: next.id, kind: 'next', implicit: true });
}

const YES: ReadonlySet<string> = new Set(spellings(KEYWORDS.yes));
const NO: ReadonlySet<string> = new Set(spellings(KEYWORDS.no));

export function branchKind(b: ast.Branch): Edge['kind'] {
    if (b.polarity !== undefined && YES.has(b.polarity)) return 'yes';
    if (b.polarity !== undefined && NO.has(b.polarity)) return 'no';
    return 'branch';
}

const keptSources = new WeakMap<ast.Step, { number: number; at: number; names: string; sources: RowSources }>();

/**
 * `symbolSources` of a step, kept per step node while the step has the same row number, starts at
 * the same line and column, and its actor references resolve to the same names (a node never
 * changes its text: an edit re-parses the step it touched into a new node). The symbols are the
 * model's; `markStartsAndEnds` sets their start and end flags again on every build.
 */
function keptSymbolSources(s: ast.Step, number: number): RowSources {
    const at = s.$cstNode ? startKey(s.$cstNode) : -1;
    const names = actorNamesOf(s);
    const kept = keptSources.get(s);
    if (kept && kept.number === number && kept.at === at && kept.names === names) return kept.sources;
    const sources = symbolSources(s, number, keptRangeOf);
    keptSources.set(s, { number, at, names, sources });
    return sources;
}

/** What the step's actor references resolve to, as one string. */
function actorNamesOf(s: ast.Step): string {
    let names = '';
    for (const r of s.byActors) names += `${r.ref?.name ?? ''}\u0000`;
    names += '\u0001';
    for (const r of s.coActors) names += `${r.ref?.name ?? ''}\u0000`;
    names += '\u0001';
    for (const cell of s.cells) names += `${cell.actor?.ref?.name ?? ''}\u0000`;
    return names;
}

/**
 * The symbols of one row (the `oleh` actor's, its joint co-actors', then each `sel`) and their exits.
 * `duplicates` are `sel` clauses for a column that already has a symbol in this row (not drawn).
 */
export function symbolSources(s: ast.Step, number: number, rangeOfNode: (node: AstNode) => FlowSymbol['range'] = rangeOf): { all: FlowSymbol[]; flow: SymbolSource[]; duplicates: ast.Cell[] } {
    const stepKind = stepKindOf(s.kind);
    const all: FlowSymbol[] = [];
    const flow: SymbolSource[] = [];
    const owners: Array<{ offset: number; source: SymbolSource }> = [];
    const make = (actor: string | undefined, kind: SymbolKind, role: FlowSymbol['role'], node: AstNode, text?: string): FlowSymbol => ({
        id: symbolId(s.name, actor), step: number, actor, kind, ...(text !== undefined ? { text } : {}),
        role, isStart: false, isEnd: false, range: rangeOfNode(node),
    });
    const seen = new Set<string>();
    const actor = stepActor(s);
    if (actor || s.cells.length === 0) {
        const main: SymbolSource = { symbol: make(actor?.ref?.name, stepKind, 'flow', s, stepQuestion(s)), node: s, exits: [] };
        all.push(main.symbol);
        flow.push(main);
        seen.add(main.symbol.id);
        owners.push({ offset: actor?.$refNode?.offset ?? s.$cstNode?.offset ?? 0, source: main });
        for (const co of s.coActors) {
            const joined = make(co.ref?.name, stepKind, 'joined', s);
            if (co.ref && !seen.has(joined.id)) {
                seen.add(joined.id);
                all.push(joined);
            }
        }
    }
    const duplicates: ast.Cell[] = [];
    for (const cell of s.cells) {
        const symbol = make(cell.actor?.ref?.name, cell.kind ? stepKindOf(cell.kind) : stepKind, 'flow', cell, cell.text);
        if (seen.has(symbol.id) && cell.actor?.ref) {
            duplicates.push(cell);
            continue;
        }
        seen.add(symbol.id);
        const source: SymbolSource = { symbol, node: cell, exits: [] };
        all.push(symbol);
        flow.push(source);
        owners.push({ offset: cell.$cstNode?.offset ?? 0, source });
    }
    const clauses = [...s.nexts, ...s.branches, ...s.ends].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    for (const clause of clauses) ownerOf(owners, clause.$cstNode?.offset ?? 0)?.exits.push(clause);
    return { all, flow, duplicates };
}

/** The symbol declared last before `offset`, else the first one. */
function ownerOf(owners: Array<{ offset: number; source: SymbolSource }>, offset: number): SymbolSource | undefined {
    let owner = owners[0]?.source;
    for (const o of owners) if (o.offset <= offset) owner = o.source;
    return owner;
}

/** Marks the symbols (built here, so ours to set) that start or end the flow. */
function markStartsAndEnds(rows: FlowSymbol[][], entries: string[], edges: Edge[]): void {
    const hasOut = new Set<string>();
    const hasIn = new Set<string>();
    for (const e of edges) {
        hasOut.add(e.fromSymbol);
        if (e.toSymbol !== e.fromSymbol) hasIn.add(e.toSymbol);
    }
    rows.forEach((symbols, i) => {
        for (const symbol of symbols) {
            if (symbol.role !== 'flow') continue;
            symbol.isEnd = !hasOut.has(symbol.id) && symbol.kind !== 'decision';
            symbol.isStart = !hasIn.has(symbol.id) && (symbol.kind === 'terminator' || (i === 0 && symbol.id === entries[i]));
        }
    });
}
