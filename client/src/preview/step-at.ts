import type { SourceRange } from '../../../server/src/protocol/webview-protocol.js';

/** The step whose declaration contains the position (steps never overlap), or null between steps. */
export function stepAt(ranges: Record<number, SourceRange>, position: { line: number; character: number }): number | null {
    for (const [step, r] of Object.entries(ranges)) {
        const afterStart = position.line > r.start.line || (position.line === r.start.line && position.character >= r.start.character);
        const beforeEnd = position.line < r.end.line || (position.line === r.end.line && position.character <= r.end.character);
        if (afterStart && beforeEnd) return Number(step);
    }
    return null;
}
