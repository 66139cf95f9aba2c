import type { Edge, SopDocument, Step } from './sop-document.js';

/**
 * Pure graph analysis of a SOP's flow (steps are nodes, edges are resolved arrows). Works on the
 * plain SopDocument so the validator, insights and the renderer can share it. Step numbers are
 * 1-based, as in the NO column. All traversals are iterative: 10,000-step files must not overflow.
 */
export interface FlowAnalysis {
    /** Successor step numbers per step number (index 0 unused). */
    successors: number[][];
    predecessors: number[][];
    /** Steps without any outgoing arrow: the ends of the flow. */
    ends: number[];
    /** Steps that cannot be reached from the first row. */
    unreachable: number[];
    /** Steps from which no end can be reached. */
    cannotReachEnd: number[];
    /** Steps whose arrow points back at themselves. */
    selfLoops: number[];
    /** Cycles (strongly connected components) with no decision in them: endless loops. */
    cyclesWithoutDecision: number[][];
}

type FlowInput = Pick<SopDocument, 'steps' | 'edges'>;

export function analyseFlow(doc: FlowInput): FlowAnalysis {
    const n = doc.steps.length;
    const successors = adjacency(n, doc.edges, e => [e.from, e.to]);
    const predecessors = adjacency(n, doc.edges, e => [e.to, e.from]);
    const ends = doc.steps.filter(s => successors[s.number].length === 0).map(s => s.number);
    const fromStart = n > 0 ? reach([1], successors, n) : new Set<number>();
    const toEnd = reach(ends, predecessors, n);
    const all = doc.steps.map(s => s.number);
    return {
        successors,
        predecessors,
        ends,
        unreachable: all.filter(k => !fromStart.has(k)),
        cannotReachEnd: all.filter(k => !toEnd.has(k)),
        selfLoops: uniqueSorted(doc.edges.filter(e => e.from === e.to).map(e => e.from)),
        cyclesWithoutDecision: cyclesWithoutDecision(doc.steps, successors),
    };
}

function adjacency(n: number, edges: Edge[], pick: (e: Edge) => [number, number]): number[][] {
    const lists: number[][] = Array.from({ length: n + 1 }, () => []);
    for (const e of edges) {
        const [a, b] = pick(e);
        if (a >= 1 && a <= n && b >= 1 && b <= n && !lists[a].includes(b)) lists[a].push(b);
    }
    return lists;
}

/** Every node reachable from `starts` along `next`. */
export function reach(starts: number[], next: number[][], n: number): Set<number> {
    const seen = new Set<number>();
    const stack = starts.filter(s => s >= 1 && s <= n);
    while (stack.length > 0) {
        const k = stack.pop()!;
        if (seen.has(k)) continue;
        seen.add(k);
        for (const m of next[k] ?? []) if (!seen.has(m)) stack.push(m);
    }
    return seen;
}

function uniqueSorted(values: number[]): number[] {
    return [...new Set(values)].sort((a, b) => a - b);
}

function cyclesWithoutDecision(steps: Step[], successors: number[][]): number[][] {
    const kindOf = new Map(steps.map(s => [s.number, s.kind]));
    return stronglyConnectedComponents(steps.length, successors)
        .filter(c => c.length > 1)
        .filter(c => c.every(k => kindOf.get(k) !== 'decision'))
        .map(c => c.sort((a, b) => a - b));
}

/** Tarjan's algorithm, iterative. Nodes are 1..n; returns components in reverse topological order. */
export function stronglyConnectedComponents(n: number, successors: number[][]): number[][] {
    const index = new Array<number>(n + 1).fill(-1);
    const low = new Array<number>(n + 1).fill(0);
    const onStack = new Array<boolean>(n + 1).fill(false);
    const stack: number[] = [];
    const components: number[][] = [];
    let counter = 0;
    for (let root = 1; root <= n; root++) {
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
