/**
 * `npm run fuzz -- --iterations N --seed S [--from I] [--workers W] [--out DIR]`
 *
 * Mutates the examples and fixtures, runs each mutant through the whole pipeline and checks: no
 * exception, no input taking over 2 s of CPU time (confirmed by a second run), the same outputs when run again
 * (every 8th input). Iteration i's input depends only on (seed, i), so `--from i --iterations 1`
 * reproduces one failure. Failing inputs are written to DIR (default `.fuzz/failures`). Exits 1 on
 * any failure.
 */
import { fork } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../support/prng.js';
import { mutate, type Mutant } from './fuzz-mutations.js';
import { FuzzPipeline } from './fuzz-pipeline.js';

const SLOW_MS = 2000;

interface Options { iterations: number; seed: number; from: number; workers: number; out: string; quiet: boolean }

interface Finding { iteration: number; kind: string; stage: string; message: string; steps: string[]; source: string }

interface Summary { iterations: number; findings: Finding[]; times: number[]; byMutation: Record<string, number> }

function parseOptions(argv: string[]): Options {
    const options: Options = { iterations: 1000, seed: 1, from: 0, workers: 1, out: '.fuzz/failures', quiet: false };
    for (let i = 0; i < argv.length; i++) {
        const [flag, value] = [argv[i], argv[i + 1]];
        if (flag === '--quiet') { options.quiet = true; continue; }
        const key = flag.replace(/^--/, '') as keyof Options;
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

async function runSlice(options: Options): Promise<Summary> {
    const pipeline = new FuzzPipeline();
    const inputs = sources();
    const summary: Summary = { iterations: 0, findings: [], times: [], byMutation: {} };
    for (let i = options.from; i < options.from + options.iterations; i++) {
        const random = prng(iterationSeed(options.seed, i));
        const source = inputs[Math.floor(random() * inputs.length)];
        const mutant = mutate(source.text, random, pipeline.keywords);
        const positionsSeed = Math.floor(random() * 2 ** 32);
        const first = await pipeline.run(mutant, prng(positionsSeed));
        const report = (kind: string, stage: string, message: string) => {
            const finding = { iteration: i, kind, stage, message, steps: mutant.steps, source: source.name };
            summary.findings.push(finding);
            save(options.out, options.seed, i, kind, mutant);
            // Kept as they come, so a long run that is stopped early still tells what it found.
            appendFileSync(path.join(options.out, 'findings.jsonl'), `${JSON.stringify(finding)}\n`);
        };
        for (const f of first.failures) report('exception', f.stage, f.message);
        if (first.cpuMs > SLOW_MS) {
            const again = await pipeline.run(mutant, prng(positionsSeed));
            if (again.cpuMs > SLOW_MS) report('slow', 'all', `${Math.round(first.cpuMs)} ms, then ${Math.round(again.cpuMs)} ms of CPU`);
        } else if (i % 8 === 0 && first.failures.length === 0) {
            const again = await pipeline.run(mutant, prng(positionsSeed));
            if (again.digest !== first.digest) report('nondeterministic', 'all', 'a second run gave different outputs');
        }
        summary.times.push(first.cpuMs);
        for (const step of mutant.steps) summary.byMutation[step] = (summary.byMutation[step] ?? 0) + 1;
        summary.iterations++;
        if (!options.quiet && (i + 1) % 100 === 0) {
            const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
            process.stderr.write(`fuzz: ${i + 1 - options.from}/${options.iterations}, ${summary.findings.length} finding(s), heap ${heap} MB\n`);
        }
    }
    return summary;
}

function save(dir: string, seed: number, i: number, kind: string, mutant: Mutant): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `seed${seed}-i${i}-${kind}.sop`), mutant.bytes ?? mutant.text);
}

async function runWorkers(options: Options): Promise<Summary> {
    const script = fileURLToPath(import.meta.url);
    const per = Math.ceil(options.iterations / options.workers);
    const slices = Array.from({ length: options.workers }, (_, w) => ({ from: options.from + w * per, count: Math.max(0, Math.min(per, options.iterations - w * per)) }));
    const results = await Promise.all(slices.filter(s => s.count > 0).map(s => new Promise<Summary>((resolve, reject) => {
        const child = fork(script, ['--iterations', String(s.count), '--seed', String(options.seed), '--from', String(s.from), '--out', options.out, '--workers', '1', ...(options.quiet ? ['--quiet'] : [])],
            { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        child.on('message', m => resolve(m as Summary));
        child.on('exit', code => (code === 0 || code === 1 ? undefined : reject(new Error(`worker exited with ${code}`))));
    })));
    return {
        iterations: results.reduce((n, r) => n + r.iterations, 0),
        findings: results.flatMap(r => r.findings),
        times: results.flatMap(r => r.times),
        byMutation: results.reduce((all, r) => {
            for (const [k, v] of Object.entries(r.byMutation)) all[k] = (all[k] ?? 0) + v;
            return all;
        }, {} as Record<string, number>),
    };
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
    const started = performance.now();
    const summary = options.workers > 1 ? await runWorkers(options) : await runSlice(options);
    if (process.send) {
        process.send(summary, () => process.disconnect());
        return;
    }
    print(options, summary, performance.now() - started);
    process.exitCode = summary.findings.length > 0 ? 1 : 0;
}

void main();
