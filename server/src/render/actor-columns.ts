/** Which actor column a symbol stands in, and how much of the column it may use. */
import type { FlowSymbol, SopDocument, Step } from '../model/sop-document.js';
import { SPACING } from './layout-constants.js';
import type { TableColumns } from './table-measure.js';

/** Actor id → 0-based column. */
export function actorColumnIndex(doc: SopDocument): Map<string, number> {
    return new Map(doc.actors.map((a, i) => [a.id, i]));
}

/** Column of a symbol (unknown or missing actor: column 0). */
export function symbolColumn(symbol: FlowSymbol, colOf: Map<string, number>): number {
    return (symbol.actor === undefined ? undefined : colOf.get(symbol.actor)) ?? 0;
}

/**
 * The symbols a row draws, one per column (the first written wins a column; a row without symbols
 * gets its entry in column 0), each with its column.
 */
export function rowSymbols(step: Step, colOf: Map<string, number>): Array<{ symbol: FlowSymbol; col: number }> {
    const seen = new Set<number>();
    const result: Array<{ symbol: FlowSymbol; col: number }> = [];
    for (const symbol of step.symbols) {
        const col = symbolColumn(symbol, colOf);
        if (seen.has(col)) continue;
        seen.add(col);
        result.push({ symbol, col });
    }
    if (result.length === 0) {
        result.push({ symbol: { id: step.entry, step: step.number, actor: step.actor, kind: step.kind, role: 'flow', isStart: false, isEnd: step.isEnd, range: step.range }, col: 0 });
    }
    return result;
}

/** Column of the symbol `id` of a row (its entry's when the id is not among them). */
export function columnOf(step: Step, id: string, colOf: Map<string, number>): number {
    const symbols = rowSymbols(step, colOf);
    return (symbols.find(s => s.symbol.id === id) ?? symbols.find(s => s.symbol.id === step.entry) ?? symbols[0]).col;
}

/** Width an actor column leaves its symbols (both gutters off). */
export function available(columns: TableColumns, col: number): number {
    return columns.actors[col].width - 2 * SPACING.gutter;
}
