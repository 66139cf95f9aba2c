import { DiagnosticSeverity, type Connection, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Catalogue, SopMessages } from '../sop-messages.js';

/**
 * Hints a document publishes to the editor; the rest become one summary hint. Real files draw
 * 1.3–2.8 hints per step (mostly `text-too-long`), so a 2,000-step file sent ~750 KB of hints on
 * every keystroke. Errors, warnings and information are never capped; `sop check --hints` still
 * lists every hint.
 */
export const MAX_PUBLISHED_HINTS = 100;

export const HINTS_CAPPED = 'hints-capped';

export const HintCapMessages = {
    [HINTS_CAPPED]: {
        id: '{0} petunjuk lain tidak ditampilkan ({1}). Jalankan `sop check --hints` untuk daftar lengkap.',
        en: '{0} more hints not shown ({1}). Run `sop check --hints` for the full list.',
    },
} as const satisfies Catalogue;

/** `diagnostics` with at most `max` hints, the first ones in document order, plus a summary. */
export function capHints(diagnostics: Diagnostic[], messages: SopMessages, max = MAX_PUBLISHED_HINTS): Diagnostic[] {
    let hints = 0;
    for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Hint) hints++;
    if (hints <= max) return diagnostics;
    const kept: Diagnostic[] = [];
    const dropped = new Map<string, number>();
    let seen = 0;
    let firstDropped: Diagnostic | undefined;
    for (const d of diagnostics) {
        if (d.severity !== DiagnosticSeverity.Hint || seen++ < max) {
            kept.push(d);
            continue;
        }
        firstDropped ??= d;
        const code = String(d.code ?? '');
        dropped.set(code, (dropped.get(code) ?? 0) + 1);
    }
    const byCode = [...dropped].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} × ${n}`).join(', ');
    kept.push({
        severity: DiagnosticSeverity.Hint, source: firstDropped?.source, code: HINTS_CAPPED,
        range: firstDropped!.range, message: messages.format(HINTS_CAPPED, hints - max, byCode),
    });
    return kept;
}

/**
 * Makes every `publishDiagnostics` of `connection` go through {@link capHints}; a file not open in
 * the editor publishes no hints at all. Editors show hints only in an open editor (VS Code's Problems
 * panel leaves them out), and they were four fifths of what a workspace's start-up sent (55 of 69
 * diagnostics in a realistic 30-step file); opening the file validates it and sends them.
 */
export function capPublishedHints(connection: Connection, messages: SopMessages, isOpen: (uri: string) => boolean): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => send({
        ...params,
        diagnostics: isOpen(params.uri) ? capHints(params.diagnostics, messages) : params.diagnostics.filter(d => d.severity !== DiagnosticSeverity.Hint),
    });
}
