/** `--json`: one JSON object per figure (name, median_ms, p95_ms, runs, …) instead of the table. */
const JSON_OUTPUT = process.argv.includes('--json');

/** Times of the last `medianMs` call, so `report` can give its p95 and run count. */
let lastTimes: number[] = [];

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the median in milliseconds. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 2): Promise<number> {
    for (let i = 0; i < warmup; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn();
        times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    lastTimes = times;
    return times[Math.floor(times.length / 2)];
}

/** What a figure was measured on, for the JSON line: input size, bytes sent, p95 when known. */
export interface FigureDetails {
    size?: number | string;
    bytes?: number;
    p95Ms?: number;
    runs?: number;
}

export function report(name: string, value: number, unit = 'ms', note = '', details: FigureDetails = {}): void {
    if (!JSON_OUTPUT) {
        console.log(`${name.padEnd(52)} ${value.toFixed(value < 10 ? 2 : 0).padStart(8)} ${unit}${note ? `  ${note}` : ''}`);
        return;
    }
    const fromLastRun = unit === 'ms' && lastTimes.length > 0 && lastTimes[Math.floor(lastTimes.length / 2)] === value;
    const p95 = details.p95Ms ?? (fromLastRun ? lastTimes[Math.min(lastTimes.length - 1, Math.ceil(lastTimes.length * 0.95) - 1)] : undefined);
    const runs = details.runs ?? (fromLastRun ? lastTimes.length : undefined);
    const line: Record<string, unknown> = { name };
    if (unit === 'ms') line.median_ms = round(value);
    else Object.assign(line, { value: round(value), unit });
    if (p95 !== undefined) line.p95_ms = round(p95);
    if (runs !== undefined) line.runs = runs;
    if (details.size !== undefined) line.size = details.size;
    if (details.bytes !== undefined) line.bytes = details.bytes;
    if (note) line.note = note;
    console.log(JSON.stringify(line));
}

/** A section heading: printed in the table, left out of the JSON lines. */
export function heading(text: string): void {
    if (!JSON_OUTPUT) console.log(text);
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
