/**
 * CPU time (process.cpuUsage, less disturbed by a busy machine than wall time) of one edit's work
 * in-process, on realistic SOPs: parse + index + link, then validation (every rule, including the
 * model build the checks share). An edit of a file open in the editor reuses the results of the
 * node-local checks of the steps it did not touch (StepCheckCache); the same edit of a file that
 * is not open runs every check (the figures before the cache). Edit cost should follow the edit,
 * so watch the 2,000 / 200 ratio.
 */
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createSopServices } from '../server/src/language/sop-module.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
import { report, heading } from './bench-util.js';

const RUNS = 9;
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU per edit (one character more in a step in the middle): [until linked, validation]. */
async function edits(steps: number, open: boolean): Promise<[number, number]> {
    const { shared } = createSopServices(EmptyFileSystem);
    const builder = shared.workspace.DocumentBuilder;
    const uri = URI.parse(`memory:///validate-${steps}.sop`);
    const text = generateRealisticSop(steps);
    let linkedAt = 0;
    builder.onBuildPhase(DocumentState.IndexedReferences, () => { linkedAt = cpuMs(); });
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(doc);
    const textOf = (i: number) => text.replace(/^(langkah s101 "[^"]*)"/m, (_, head: string) => `${head}${'x'.repeat(i)}"`);
    if (open) shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'sop', 0, text));
    await builder.build([doc], { validation: true });
    const linking: number[] = [];
    const validation: number[] = [];
    for (let i = 1; i <= RUNS + 2; i++) {
        if (open) shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'sop', i, textOf(i)));
        else (shared.workspace.LangiumDocumentFactory as unknown as { getUpdatedText: () => Promise<string> }).getUpdatedText = async () => textOf(i);
        const start = cpuMs();
        await builder.update([uri], []);
        const end = cpuMs();
        if (i > 2) {
            linking.push(linkedAt - start);
            validation.push(end - linkedAt);
        }
    }
    return [median(linking), median(validation)];
}

export async function benchValidate(): Promise<void> {
    heading(`# validate: CPU per one-character edit of a realistic SOP, in-process (median of ${RUNS})`);
    const cached: number[] = [];
    for (const steps of [200, 2000]) {
        const [linkClosed, closed] = await edits(steps, false);
        const [, open] = await edits(steps, true);
        cached.push(open);
        report(`parse + index + link CPU per edit, ${steps} steps`, linkClosed);
        report(`validation CPU per edit, ${steps} steps, every check run`, closed);
        report(`validation CPU per edit, ${steps} steps, open file (cached)`, open, 'ms', `${(closed / Math.max(open, 0.01)).toFixed(2)}x less`);
    }
    report('ratio validation 2,000 / 200 steps (open file)', cached[1] / cached[0], 'x', '(linear is 10x)');
    // What an editing session settles into: the JIT warm, every cache filled. A handful of edits
    // (as above, and as bench-edit does over the protocol) still runs partly unoptimised code,
    // which weighs most on the small file.
    const warm: number[] = [];
    for (const steps of [200, 2000]) {
        warm.push(await steadyEdits(steps));
        report(`whole update CPU per edit, ${steps} steps, open file, steady state (after ${WARM_EDITS} edits)`, warm[warm.length - 1]);
    }
    report('ratio whole update 2,000 / 200 steps, steady state', warm[1] / warm[0], 'x', '(linear is 10x)');
}

const WARM_EDITS = 60;
const STEADY_RUNS = 40;

/** Median CPU of a whole update (parse, link, validate) per one-character edit of an open file, once warm. */
async function steadyEdits(steps: number): Promise<number> {
    const { shared } = createSopServices(EmptyFileSystem);
    const uri = URI.parse(`memory:///steady-${steps}.sop`);
    const text = generateRealisticSop(steps);
    const textOf = (i: number) => text.replace(/^(langkah s101 "[^"]*)"/m, (_, head: string) => `${head}${'x'.repeat(i)}"`);
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'sop', 0, text));
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    const cpu: number[] = [];
    for (let i = 1; i <= WARM_EDITS + STEADY_RUNS; i++) {
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'sop', i, textOf(i)));
        const start = cpuMs();
        await shared.workspace.DocumentBuilder.update([uri], []);
        if (i > WARM_EDITS) cpu.push(cpuMs() - start);
    }
    return median(cpu);
}
