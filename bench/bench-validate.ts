/**
 * CPU time (process.cpuUsage, less disturbed by a busy machine than wall time) of one edit's work
 * in-process, on realistic SOPs: parse + index + link, then validation (every rule, including the
 * model build the checks share). Edit cost should follow the edit, so watch the 2,000 / 200 ratio.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices } from '../server/src/language/sop-module.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
import { report } from './bench-util.js';

const RUNS = 7;
let counter = 0;
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

async function once({ shared, Sop }: ReturnType<typeof createSopServices>, text: string): Promise<[number, number]> {
    const uri = URI.parse(`memory:///validate-${++counter}.sop`);
    const t0 = cpuMs();
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    const t1 = cpuMs();
    await Sop.validation.DocumentValidator.validateDocument(doc);
    const t2 = cpuMs();
    shared.workspace.LangiumDocuments.deleteDocument(uri);
    return [t1 - t0, t2 - t1];
}

export async function benchValidate(): Promise<void> {
    console.log(`# validate: CPU per build of a realistic SOP, in-process (median of ${RUNS})`);
    const services = createSopServices(EmptyFileSystem);
    const validation: number[] = [];
    for (const steps of [200, 2000]) {
        const text = generateRealisticSop(steps);
        const runs: Array<[number, number]> = [];
        await once(services, text);
        for (let i = 0; i < RUNS; i++) runs.push(await once(services, text));
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        report(`parse + index + link CPU, ${steps} steps`, median(runs.map(r => r[0])));
        validation.push(median(runs.map(r => r[1])));
        report(`validation CPU (with the shared model), ${steps} steps`, validation[validation.length - 1]);
    }
    report('ratio validation 2,000 / 200 steps', validation[1] / validation[0], 'x', '(linear is 10x)');
}
