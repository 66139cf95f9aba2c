import type { RuleSeverity } from '../protocol/sop-issue-codes.js';
import { ALL_ISSUE_CODES } from '../protocol/sop-issue-codes.js';

/** Name of the project configuration file, searched from a `.sop` file's folder upwards. */
export const PROJECT_CONFIG_FILE = 'sop.config.json';

/**
 * Character budgets that keep one row of the flowchart table compact (format reference §4.5).
 * Exceeding one is a soft finding (`text-too-long`), never an error.
 */
export interface LengthBudgets {
    kegiatan: number;
    kelengkapan: number;
    output: number;
    keterangan: number;
    pelaksana: number;
    judul: number;
    nomor: number;
    instansi: number;
}

export const DEFAULT_LENGTH_BUDGETS: LengthBudgets = {
    kegiatan: 55, kelengkapan: 34, output: 23, keterangan: 37, pelaksana: 15, judul: 42, nomor: 24, instansi: 28,
};

/** The `validation` part of the `sop` settings section, and of `sop.config.json`. */
export interface ValidationConfig {
    severity: Partial<Record<string, RuleSeverity>>;
    lengthBudgets: Partial<LengthBudgets>;
}

/** A configuration read from JSON, with what was wrong in it (shown as `invalid-config`). */
export interface ParsedConfig {
    config: ValidationConfig;
    problems: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);
const CODES = new Set<string>(ALL_ISSUE_CODES);

export function emptyConfig(): ValidationConfig {
    return { severity: {}, lengthBudgets: {} };
}

/**
 * Reads the `validation` object (`{ severity: { code: level }, lengthBudgets: { field: n } }`).
 * Unknown codes, levels and fields are skipped and listed in `problems`; nothing throws.
 */
export function parseValidationConfig(raw: unknown): ParsedConfig {
    const result: ParsedConfig = { config: emptyConfig(), problems: [] };
    if (raw === undefined || raw === null) return result;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        result.problems.push('"validation" must be an object');
        return result;
    }
    const { severity, lengthBudgets } = raw as Record<string, unknown>;
    readSeverities(severity, result);
    readBudgets(lengthBudgets, result);
    result.problems = capped(result.problems);
    return result;
}

// The problems become one `invalid-config` diagnostic: a 50 MB file of unknown keys must not make
// a 132 MB message. The first few say what is wrong; a count says how much.
const MAX_PROBLEMS = 10;
const MAX_KEY = 60;

function capped(problems: string[]): string[] {
    if (problems.length <= MAX_PROBLEMS) return problems;
    return [...problems.slice(0, MAX_PROBLEMS), `… ${problems.length - MAX_PROBLEMS} more (${problems.length} problems in all)`];
}

function shortened(key: string, max = MAX_KEY): string {
    return key.length > max ? `${key.slice(0, max)}…` : key;
}

function readSeverities(severity: unknown, result: ParsedConfig): void {
    if (severity === undefined || severity === null) return;
    if (typeof severity !== 'object' || Array.isArray(severity)) {
        result.problems.push('"severity" must be an object of code: level');
        return;
    }
    for (const [code, level] of Object.entries(severity as Record<string, unknown>)) {
        if (!CODES.has(code)) result.problems.push(`unknown rule "${shortened(code)}"`);
        else if (typeof level !== 'string' || !SEVERITIES.has(level)) result.problems.push(`"${code}": level must be error, warning, info, hint or off`);
        else result.config.severity[code] = level as RuleSeverity;
    }
}

function readBudgets(budgets: unknown, result: ParsedConfig): void {
    if (budgets === undefined || budgets === null) return;
    if (typeof budgets !== 'object' || Array.isArray(budgets)) {
        result.problems.push('"lengthBudgets" must be an object of field: number');
        return;
    }
    for (const [field, n] of Object.entries(budgets as Record<string, unknown>)) {
        // Own properties only: `in` would accept `constructor` or `toString` from Object.prototype.
        if (!Object.hasOwn(DEFAULT_LENGTH_BUDGETS, field)) result.problems.push(`unknown length budget "${shortened(field)}"`);
        else if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) result.problems.push(`"${field}": budget must be a positive number`);
        else result.config.lengthBudgets[field as keyof LengthBudgets] = n;
    }
}

/** Parses the text of a `sop.config.json` (`{ "validation": { … } }`). */
export function parseProjectConfig(text: string): ParsedConfig {
    let json: unknown;
    try {
        // Windows editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
        return { config: emptyConfig(), problems: [`not valid JSON (${shortened((e as Error).message, 200)})`] };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { config: emptyConfig(), problems: ['the file must hold a JSON object'] };
    }
    return parseValidationConfig((json as Record<string, unknown>).validation);
}

/** Later configurations override earlier ones, key by key. */
export function mergeConfigs(...configs: ValidationConfig[]): ValidationConfig {
    const merged = emptyConfig();
    for (const c of configs) {
        Object.assign(merged.severity, c.severity);
        Object.assign(merged.lengthBudgets, c.lengthBudgets);
    }
    return merged;
}
