
import type { Edge, FlowSymbol, SopDocument } from './sop-document.js';

/**
 * Pure graph analysis of a SOP's flow. Nodes are the flow symbols (shapes in actor cells), edges
 * the resolved arrows between them; joined co-actor boxes are not nodes. Works on the plain
 * SopDocument so the validator, insights and the renderer share it. All traversals are iterative:
 * 10,000-step files must not overflow the stack.
 */
export interface FlowAnalysis {
    /** The flow symbols, in row order; node k of the lists below is `nodes[k]`. */
    nodes: FlowSymbol[];
    successors: number[][];
    predecessors: number[][];
    /** Ids of the symbols the flow starts from: terminators with no arrow in, and row 1's entry. */
    starts: string[];
    /** Ids of symbols without any outgoing arrow. */
    ends: string[];
    /** Ids of symbols no start reaches. */
    unreachable: string[];
    /** Ids of symbols from which no end can be reached. */
    cannotReachEnd: string[];
    /** Ids of symbols with an arrow back at themselves. */
    selfLoops: string[];
    /** Ids of symbols with no arrow in or out, in a document of more than one symbol. */
    isolated: string[];
    /** Cycles with no decision in them (endless loops), as symbol ids. */
    cyclesWithoutDecision: string[][];
}

type FlowInput = Pick<SopDocument, 'steps' | 'edges'>;

export function analyseFlow(doc: FlowInput): FlowAnalysis {
    const nodes = doc.steps.flatMap(s => s.symbols.filter(y => y.role === 'flow'));
    const indexOf = new Map(nodes.map((y, k) => [y.id, k]));
    const successors = adjacency(nodes.length, doc.edges, indexOf, false);
    const predecessors = adjacency(nodes.length, doc.edges, indexOf, true);
    const idsOf = (ks: Iterable<number>) => [...ks].sort((a, b) => a - b).map(k => nodes[k].id);
    const all = nodes.map((_, k) => k);
    const starts = all.filter(k => nodes[k].isStart || (k === 0));
    const ends = all.filter(k => successors[k].length === 0);
    const fromStart = reach(starts, successors);
    const toEnd = reach(ends, predecessors);
    return {
        nodes,
        successors,
        predecessors,
        starts: idsOf(starts),
        ends: idsOf(ends),
        unreachable: idsOf(all.filter(k => !fromStart.has(k))),
        cannotReachEnd: idsOf(all.filter(k => !toEnd.has(k))),
        selfLoops: [...new Set(doc.edges.filter(e => e.fromSymbol === e.toSymbol).map(e => e.fromSymbol))],
        isolated: nodes.length < 2 ? [] : idsOf(all.filter(k => successors[k].length === 0 && predecessors[k].length === 0)),
        cyclesWithoutDecision: stronglyConnectedComponents(nodes.length, successors)
            .filter(c => c.length > 1 && c.every(k => nodes[k].kind !== 'decision'))
            .map(c => idsOf(c)),
    };
}

function adjacency(n: number, edges: Edge[], indexOf: Map<string, number>, reverse: boolean): number[][] {
    const lists: number[][] = Array.from({ length: n }, () => []);
    for (const e of edges) {
        const from = indexOf.get(reverse ? e.toSymbol : e.fromSymbol);
        const to = indexOf.get(reverse ? e.fromSymbol : e.toSymbol);
        if (from !== undefined && to !== undefined && !lists[from].includes(to)) lists[from].push(to);
    }
    return lists;
}

/** Every node reachable from `starts` along `next`. */
export function reach(starts: number[], next: number[][]): Set<number> {
    const seen = new Set<number>();
    const stack = starts.filter(s => s >= 0 && s < next.length);
    while (stack.length > 0) {
        const k = stack.pop()!;
        if (seen.has(k)) continue;
        seen.add(k);
        for (const m of next[k] ?? []) if (!seen.has(m)) stack.push(m);
    }
    return seen;
}

/** Tarjan's algorithm, iterative. Nodes are 0..n-1; returns components in reverse topological order. */
export function stronglyConnectedComponents(n: number, successors: number[][]): number[][] {
    const index = new Array<number>(n).fill(-1);
    const low = new Array<number>(n).fill(0);
    const onStack = new Array<boolean>(n).fill(false);
    const stack: number[] = [];
    const components: number[][] = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
        if (index[root] !== -1) continue;
        const work: Array<[number, number]> = [[root, 0]];
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const [v, i] = frame;
            if (i === 0) {
                index[v] = low[v] = counter++;
                stack.push(v);
                onStack[v] = true;
            }
            const next = successors[v] ?? [];
            if (i < next.length) {
                frame[1] = i + 1;
                const w = next[i];
                if (index[w] === -1) work.push([w, 0]);
                else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1][0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] === index[v]) {
                const component: number[] = [];
                let w: number;
                do {
                    w = stack.pop()!;
                    onStack[w] = false;
                    component.push(w);
                } while (w !== v);
                components.push(component);
            }
        }
    }
    return components;
}
