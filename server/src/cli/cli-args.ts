/** A tiny argument parser: the CLI has few options and no dependency is worth it. */
export interface ParsedArgs {
    command?: string;
    positionals: string[];
    options: Map<string, string | true>;
}

/** Options that take a value; everything else starting with `--` is a flag. */
const VALUED = new Set(['format', 'lang', 'out', 'paper', 'config', 'dpi', 'kind', 'title']);

export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
    const result: ParsedArgs = { positionals: [], options: new Map() };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h') { result.options.set('help', true); continue; }
        if (arg === '-v') { result.options.set('version', true); continue; }
        if (/^-[^-]/.test(arg)) throw new UsageError(`unknown option ${arg}; options are written --name`);
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
            if (VALUED.has(name)) {
                const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
                if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
                result.options.set(name, value);
            } else {
                result.options.set(name, true);
            }
        } else if (result.command === undefined) {
            result.command = arg;
        } else {
            result.positionals.push(arg);
        }
    }
    return result;
}

/**
 * Reads a valued option and checks it against the allowed values, ignoring case (`--paper a4`);
 * returns the allowed spelling.
 */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
    const value = args.options.get(name);
    if (value === undefined) return fallback;
    const match = value === true ? undefined : allowed.find(a => a.toLowerCase() === value.toLowerCase());
    if (match === undefined) throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
    return match;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS = ['help', 'version', 'debug'] as const;

/** Throws a usage error for an option the command does not know, naming the nearest one it does. */
export function rejectUnknownOptions(args: ParsedArgs, command: string, known: readonly string[]): void {
    const valid = [...known, ...GLOBAL_OPTIONS];
    for (const name of args.options.keys()) {
        if (valid.includes(name)) continue;
        const near = nearest(name, valid);
        const hint = near ? `; did you mean --${near}?` : `; its options are ${known.map(k => `--${k}`).join(', ') || 'none'}`;
        throw new UsageError(`unknown option --${name} for 'sop ${command}'${hint}`);
    }
}

/** The candidate closest to `word` by edit distance, if it is close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate);
        if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = row;
    }
    return previous[b.length];
}
