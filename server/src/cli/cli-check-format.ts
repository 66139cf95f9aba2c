import type { CliDiagnostic } from './cli-workspace.js';

/** The output formats of `sop check`: each reader (editor, CI, code scanning) gets the form it parses. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

export function formatDiagnostics(format: CheckFormat, diagnostics: CliDiagnostic[], version: string): string {
    switch (format) {
        case 'text': return diagnostics.map(textLine).join('');
        case 'json': return JSON.stringify(diagnostics, null, 2) + '\n';
        case 'sarif': return JSON.stringify(sarifLog(diagnostics, version), null, 2) + '\n';
        case 'github': return diagnostics.map(githubAnnotation).join('');
    }
}

/**
 * `file:line:column: severity: message [code]`, the line gcc prints and VS Code's, Vim's and Emacs'
 * problem matchers read.
 */
export function textLine(d: CliDiagnostic): string {
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${oneLine(d.message)} [${d.code}]\n`;
}

const GITHUB_LEVEL: Record<CliDiagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** A GitHub Actions workflow command; the runner turns it into an annotation on the file's line. */
function githubAnnotation(d: CliDiagnostic): string {
    const properties = [
        `file=${escapeProperty(toPosix(d.file))}`, `line=${d.line}`, `col=${d.column}`,
        `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(`sop ${d.code}`)}`,
    ];
    return `::${GITHUB_LEVEL[d.severity]} ${properties.join(',')}::${escapeData(d.message)}\n`;
}

// Escaping as the Actions runner's own toolkit does (@actions/core command.ts).
function escapeData(s: string): string {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const SARIF_LEVEL: Record<CliDiagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A SARIF 2.1.0 log with one run; file locations are relative URIs, as code-scanning uploads expect. */
export function sarifLog(diagnostics: CliDiagnostic[], version: string): object {
    const ruleIds = [...new Set(diagnostics.map(d => d.code))].sort();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'sop', version, rules: ruleIds.map(id => ({ id })) } },
            // LSP positions count UTF-16 code units, and so do the CLI's columns.
            columnKind: 'utf16CodeUnits',
            results: diagnostics.map(d => ({
                ruleId: d.code,
                ruleIndex: ruleIds.indexOf(d.code),
                level: SARIF_LEVEL[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: fileUri(d.file) },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
}

/** A relative path as a relative URI reference; an absolute one as a file: URI. */
function fileUri(file: string): string {
    const posix = toPosix(file);
    const drive = /^[A-Za-z]:\//.test(posix);
    const encoded = posix.split('/').map((part, i) => (i === 0 && drive ? part : encodeURIComponent(part))).join('/');
    if (drive) return `file:///${encoded}`;
    return posix.startsWith('/') ? `file://${encoded}` : encoded;
}

function toPosix(file: string): string {
    return file.replace(/\\/g, '/');
}

/** Messages are single lines in the text format, so one problem stays one line for matchers. */
function oneLine(message: string): string {
    return message.replace(/\r?\n/g, ' ');
}
