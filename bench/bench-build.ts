import { DefaultScopeProvider, EmptyFileSystem, URI } from 'langium';
import { createSopServices } from '../server/src/language/sop-module.js';
import { generateSop } from './generate-sop.js';
import { medianMs, report, heading } from './bench-util.js';

type Services = ReturnType<typeof createSopServices>;
let counter = 0;

/** Parse + index + link + validate + build the model of one SOP text, with warm services. */
async function buildOnce({ shared, Sop }: Services, text: string): Promise<void> {
    const uri = URI.parse(`memory:///bench-${++counter}.sop`);
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1);
    if (errors.length > 0) throw new Error(`synthetic SOP has errors: ${errors[0].message}`);
    Sop.model.ModelBuilder.build(doc as never);
    shared.workspace.LangiumDocuments.deleteDocument(uri);
}

export async function benchBuild(): Promise<void> {
    heading('# build (parse, index, link, validate, model), in-process, warm services');
    const ours = createSopServices(EmptyFileSystem);
    for (const steps of [100, 1000, 10000]) {
        const text = generateSop(steps);
        const runs = steps >= 10000 ? 5 : 9;
        report(`build ${steps} steps (median of ${runs})`, await medianMs(() => buildOnce(ours, text), runs, 1), 'ms', '', { size: `${steps} steps, ${text.length} characters` });
    }
    // Linking must stay linear: 4x the steps should cost about 4x, not 16x. Worst case: every
    // step names its successor, so every row has a step reference to resolve.
    const small = await medianMs(() => buildOnce(ours, generateSop(2000, 5, 'b', true)), 5, 1);
    const large = await medianMs(() => buildOnce(ours, generateSop(8000, 5, 'b', true)), 3, 1);
    report('ratio build(8000) / build(2000), explicit flow', large / small, 'x', '(linear is ~4x)');
    const langiumDefault = createSopServices(EmptyFileSystem, { references: { ScopeProvider: (s: never) => new DefaultScopeProvider(s) } } as never);
    const slow = await medianMs(() => buildOnce(langiumDefault, generateSop(8000, 5, 'b', true)), 1, 0);
    report('ratio Langium default scopes / ours, 8000 steps', slow / large, 'x', '(why SopScopeProvider exists)');
}
