/** A tiny argument parser: the CLI has few options and no dependency is worth it. */
export interface ParsedArgs {
    command?: string;
    positionals: string[];
    options: Map<string, string | true>;
}

/** Options that take a value; everything else starting with `--` is a flag. */
const VALUED = new Set(['format', 'lang', 'out', 'paper', 'config', 'dpi']);

export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
    const result: ParsedArgs = { positionals: [], options: new Map() };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h') { result.options.set('help', true); continue; }
        if (arg === '-v') { result.options.set('version', true); continue; }
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

/** Reads a valued option and checks it against the allowed values. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
    const value = args.options.get(name);
    if (value === undefined) return fallback;
    if (value === true || !allowed.includes(value as T)) {
        throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
    }
    return value as T;
}
