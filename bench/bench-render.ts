import { EmptyFileSystem, URI } from 'langium';
import type { Sop } from '../server/src/language/generated/ast.js';
import { createSopServices } from '../server/src/language/sop-module.js';
import { renderSop } from '../server/src/render/index.js';
import { clearRoutedPages } from '../server/src/render/routing-requests.js';
import { clearWrappedRows } from '../server/src/render/table-measure.js';
import { generateSop } from './generate-sop.js';
import { medianMs, report, heading } from './bench-util.js';

/** Renders synthetic SOPs of 20, 200 and 2,000 steps (model built once): the full identity + flowchart SVG and JSON layout. */
export async function benchRender(): Promise<void> {
    heading('# render (SopDocument -> laid-out pages + SVG), target < 50 ms for 200 steps');
    const { shared, Sop: sop } = createSopServices(EmptyFileSystem);
    for (const steps of [20, 200, 2000]) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString<Sop>(generateSop(steps), URI.parse(`memory:///render-${steps}.sop`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        const model = sop.model.ModelBuilder.build(doc);
        let pages = 0;
        const ms = await medianMs(() => { pages = renderSop(model).pages.length; }, 15, 3);
        report(`render ${steps} steps, ${pages} pages (median of 15)`, ms, 'ms', '', { size: `${steps} steps` });
        // The line above repeats one model, so from the second run on its routes and wrapped rows
        // come from the render caches; a first render (a file just opened) pays them all.
        const cold = await medianMs(() => { clearRoutedPages(); clearWrappedRows(); renderSop(model); }, steps > 1000 ? 5 : 15, steps > 1000 ? 1 : 10);
        report(`render ${steps} steps, caches cold`, cold, 'ms', '', { size: `${steps} steps` });
    }
}
