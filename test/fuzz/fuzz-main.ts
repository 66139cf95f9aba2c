/**
 * `npm run fuzz -- --iterations N --seed S [--from I] [--workers W] [--out DIR] [--hang-ms MS]`
 *
 * Mutates the examples and fixtures, runs each mutant through the whole pipeline and checks: no
 * exception, no input taking over 2 s of CPU time (confirmed by a second run), the same outputs when run again
 * (every 8th input). Iteration i's input depends only on (seed, i), so `--from i --iterations 1`
 * reproduces one failure. Failing inputs are written to DIR (default `.fuzz/failures`). Exits 1 on
 * any failure. Inputs run in child processes watched by this one: an input that takes longer than
 * `--hang-ms` (60 s) is killed and reported as a hang, and the run goes on after it.
 */
import { fork } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../support/prng.js';
import { mutate, type Mutant } from './fuzz-mutations.js';
import { FuzzPipeline } from './fuzz-pipeline.js';

const SLOW_MS = 2000;

interface Options { iterations: number; seed: number; from: number; workers: number; out: string; quiet: boolean; hangMs: number; child: boolean }

interface Finding { iteration: number; kind: string; stage: string; message: string; steps: string[]; source: string }

interface Summary { iterations: number; findings: Finding[]; times: number[]; byMutation: Record<string, number> }

function parseOptions(argv: string[]): Options {
    const options: Options = { iterations: 1000, seed: 1, from: 0, workers: 1, out: '.fuzz/failures', quiet: false, hangMs: 60_000, child: false };
    for (let i = 0; i < argv.length; i++) {
        const [flag, value] = [argv[i], argv[i + 1]];
        if (flag === '--quiet') { options.quiet = true; continue; }
        if (flag === '--child') { options.child = true; continue; }
        const key = flag.replace(/^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof Options;
        if (!(key in options) || value === undefined) throw new Error(`unknown or incomplete option ${flag}`);
        (options as unknown as Record<string, unknown>)[key] = key === 'out' ? value : Number(value);
        i++;
    }
    return options;
}

function sources(): Array<{ name: string; text: string }> {
    const files = [
        ...readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => path.join('examples', f)),
        ...walk('test/fixtures'),
    ];
    return files.sort().map(f => ({ name: f, text: readFileSync(f, 'utf8') }));
}

function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? walk(full) : e.name.endsWith('.sop') ? [full] : [];
    });
}

/** The seed of one iteration: independent of the others, so any slice can be rerun alone. */
function iterationSeed(seed: number, i: number): number {
    return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0;
}

/** What a slice reports after each input: a killed slice loses nothing it finished. */
interface IterationReport { iteration: number; cpuMs: number; steps: string[]; findings: Finding[] }

async function runSlice(options: Options, done: (r: IterationReport) => void, starting: (i: number) => void = () => undefined): Promise<void> {
    const pipeline = new FuzzPipeline();
    const inputs = sources();
    for (let i = options.from; i < options.from + options.iterations; i++) {
        starting(i);
        // For the driver's own test: an input that never finishes.
        if (process.env.FUZZ_TEST_HANG_AT === String(i)) for (;;);
        const { source, mutant, positionsSeed } = inputOf(options.seed, i, inputs, pipeline.keywords);
        const first = await pipeline.run(mutant, prng(positionsSeed));
        const findings: Finding[] = [];
        const report = (kind: string, stage: string, message: string) => {
            const finding = { iteration: i, kind, stage, message, steps: mutant.steps, source: source.name };
            findings.push(finding);
            record(options, finding, mutant);
        };
        for (const f of first.failures) report('exception', f.stage, f.message);
        if (first.cpuMs > SLOW_MS) {
            const again = await pipeline.run(mutant, prng(positionsSeed));
            if (again.cpuMs > SLOW_MS) report('slow', 'all', `${Math.round(first.cpuMs)} ms, then ${Math.round(again.cpuMs)} ms of CPU`);
        } else if (i % 8 === 0 && first.failures.length === 0) {
            const again = await pipeline.run(mutant, prng(positionsSeed));
            if (again.digest !== first.digest) report('nondeterministic', 'all', 'a second run gave different outputs');
        }
        done({ iteration: i, cpuMs: first.cpuMs, steps: mutant.steps, findings });
    }
}

/** Iteration i's input: depends only on (seed, i). */
function inputOf(seed: number, i: number, inputs: Array<{ name: string; text: string }>, keywords: string[]): { source: { name: string; text: string }; mutant: Mutant; positionsSeed: number } {
    const random = prng(iterationSeed(seed, i));
    const source = inputs[Math.floor(random() * inputs.length)];
    const mutant = mutate(source.text, random, keywords);
    return { source, mutant, positionsSeed: Math.floor(random() * 2 ** 32) };
}

/** Kept as they come, so a long run that is stopped early still tells what it found. */
function record(options: Options, finding: Finding, mutant: Mutant): void {
    save(options.out, options.seed, finding.iteration, finding.kind, mutant);
    appendFileSync(path.join(options.out, 'findings.jsonl'), `${JSON.stringify(finding)}\n`);
}

/** Adds one input's report to the summary, printing progress every 100 inputs. */
function tally(summary: Summary, r: IterationReport, options: Options, heapMb?: number): void {
    summary.findings.push(...r.findings);
    summary.times.push(r.cpuMs);
    for (const step of r.steps) summary.byMutation[step] = (summary.byMutation[step] ?? 0) + 1;
    summary.iterations++;
    if (!options.quiet && summary.iterations % 100 === 0) {
        process.stderr.write(`fuzz: ${summary.iterations}/${options.iterations}, ${summary.findings.length} finding(s)${heapMb === undefined ? '' : `, heap ${heapMb} MB`}\n`);
    }
}

function save(dir: string, seed: number, i: number, kind: string, mutant: Mutant): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `seed${seed}-i${i}-${kind}.sop`), mutant.bytes ?? mutant.text);
}

/** Message from a slice process to the driver. */
type SliceMessage = { type: 'start'; iteration: number } | { type: 'done'; report: IterationReport; heapMb: number };

/**
 * Runs the inputs in `workers` child processes, each watched: a child that spends more than
 * `hangMs` on one input is killed, the input is recorded as a hang, and a new child goes on after it.
 */
async function runWorkers(options: Options): Promise<Summary> {
    const script = fileURLToPath(import.meta.url);
    const summary: Summary = { iterations: 0, findings: [], times: [], byMutation: {} };
    const per = Math.ceil(options.iterations / options.workers);
    const slices = Array.from({ length: options.workers }, (_, w) => ({ from: options.from + w * per, count: Math.max(0, Math.min(per, options.iterations - w * per)) }));
    let keywords: string[] | undefined;
    const hang = (i: number) => {
        keywords ??= new FuzzPipeline().keywords;
        const { source, mutant } = inputOf(options.seed, i, sources(), keywords);
        const finding = { iteration: i, kind: 'hang', stage: 'all', message: `no answer within ${options.hangMs} ms`, steps: mutant.steps, source: source.name };
        record(options, finding, mutant);
        tally(summary, { iteration: i, cpuMs: options.hangMs, steps: mutant.steps, findings: [finding] }, options);
    };
    const live = new Set<ReturnType<typeof fork>>();
    // A stopped run takes its slices with it (a child stuck in a loop would spin on alone).
    process.on('exit', () => { for (const c of live) c.kill('SIGKILL'); });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
    const runChild = (from: number, end: number): Promise<void> => new Promise((resolve, reject) => {
        if (from >= end) return resolve();
        const child = fork(script, ['--child', '--iterations', String(end - from), '--seed', String(options.seed), '--from', String(from), '--out', options.out],
            { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        live.add(child);
        let current = from;
        let timer: NodeJS.Timeout | undefined;
        let hung = false;
        const watch = (ms = options.hangMs) => {
            clearTimeout(timer);
            timer = setTimeout(() => { hung = true; child.kill('SIGKILL'); }, ms);
        };
        // Armed from the start (loading the services may take a while on a busy machine).
        watch(Math.max(options.hangMs, 60_000));
        child.on('message', (m: SliceMessage) => {
            // Every message re-arms the watch: the next input starts at once after one is done. A child's
            // first input runs on cold code and gets the start-up allowance.
            watch(m.type === 'start' && m.iteration === from ? Math.max(options.hangMs, 60_000) : options.hangMs);
            if (m.type === 'start') { current = m.iteration; return; }
            current = m.report.iteration + 1;
            tally(summary, m.report, options, m.heapMb);
        });
        child.on('exit', code => {
            live.delete(child);
            clearTimeout(timer);
            if (hung) {
                hang(current);
                runChild(current + 1, end).then(resolve, reject);
            } else if (code === 0) resolve();
            else reject(new Error(`fuzz slice exited with ${code} at iteration ${current}`));
        });
    });
    await Promise.all(slices.map(s => runChild(s.from, s.from + s.count)));
    summary.findings.sort((a, b) => a.iteration - b.iteration);
    return summary;
}

function percentile(sorted: number[], p: number): number {
    return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function print(options: Options, summary: Summary, wallMs: number): void {
    const sorted = [...summary.times].sort((a, b) => a - b);
    const f = (n: number) => n.toFixed(1);
    console.log(`fuzz: seed ${options.seed}, iterations ${options.from}..${options.from + summary.iterations - 1} (${summary.iterations}), ${options.workers} worker(s), ${(wallMs / 1000).toFixed(1)} s`);
    console.log(`CPU time per input: median ${f(percentile(sorted, 0.5))} ms, p99 ${f(percentile(sorted, 0.99))} ms, max ${f(sorted[sorted.length - 1] ?? 0)} ms`);
    console.log(`mutations applied: ${Object.entries(summary.byMutation).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const groups = new Map<string, Finding[]>();
    for (const finding of summary.findings) {
        const key = `${finding.kind} in ${finding.stage}: ${finding.message.split('\n')[0].slice(0, 160)}`;
        groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    console.log(`findings: ${summary.findings.length} (${groups.size} distinct)`);
    for (const [key, list] of groups) {
        console.log(`  ${list.length} x ${key}`);
        console.log(`      first: iteration ${list[0].iteration} (${list[0].source}; ${list[0].steps.join(', ')}), input in ${options.out}`);
        const stack = list[0].message.split('\n').slice(1, 5).join('\n        ');
        if (stack.trim()) console.log(`        ${stack}`);
    }
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    if (options.child) {
        // Sent at once (not after an await): an input that blocks the event loop must not hold back the
        // report of the one before it.
        let pending = 0;
        let drained: (() => void) | undefined;
        const send = (m: SliceMessage) => {
            pending++;
            process.send!(m, () => { if (--pending === 0) drained?.(); });
        };
        await runSlice(options,
            report => send({ type: 'done', report, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) }),
            iteration => send({ type: 'start', iteration }));
        if (pending > 0) await new Promise<void>(resolve => { drained = resolve; });
        process.disconnect();
        return;
    }
    const started = performance.now();
    const summary = await runWorkers(options);
    print(options, summary, performance.now() - started);
    process.exitCode = summary.findings.length > 0 ? 1 : 0;
}

void main();
