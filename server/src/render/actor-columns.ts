/** Which actor column a symbol stands in, and how much of the column it may use. */
import type { SopDocument, Step } from '../model/sop-document.js';
import { SPACING } from './layout-constants.js';
import type { TableColumns } from './table-measure.js';

/** Actor id → 0-based column. */
export function actorColumnIndex(doc: SopDocument): Map<string, number> {
    return new Map(doc.actors.map((a, i) => [a.id, i]));
}

/** Columns of a step's symbols: the primary actor first, then the co-actors (unknown actors: column 0). */
export function stepColumns(step: Step, colOf: Map<string, number>): number[] {
    const cols = [step.actor, ...step.coActors].map(a => (a === undefined ? undefined : colOf.get(a)));
    const known = cols.filter((c): c is number => c !== undefined);
    return [...new Set(known.length ? known : [0])];
}

/** Width an actor column leaves its symbols (both gutters off). */
export function available(columns: TableColumns, col: number): number {
    return columns.actors[col].width - 2 * SPACING.gutter;
}

/** The symbol id of the cell at (step, column): `<step>.<actor>`, as the model names symbols. */
export function cellId(step: number, doc: SopDocument, col: number): string {
    return `${step}.${doc.actors[col]?.id ?? ''}`;
}
