import { EmptyFileSystem, URI } from 'langium';
import type { Sop } from '../server/src/language/generated/ast.js';
import { createSopServices } from '../server/src/language/sop-module.js';
import { exportSop, type ExportFormat } from '../server/src/export/export-document.js';
import { renderSop } from '../server/src/render/index.js';
import { generateSop } from './generate-sop.js';
import { report, heading } from './bench-util.js';

/**
 * A batch of generated SOPs (12 to 30 steps, 3 to 6 actors) rendered and exported: the time per
 * document of each format. `npm run bench -- export [count]` (default 50; the issue asks for 500).
 */
export async function benchExport(count = Number(process.argv[3] ?? 50)): Promise<void> {
    heading(`# export: ${count} generated SOPs, time per document (render + export)`);
    const { shared, Sop: sop } = createSopServices(EmptyFileSystem);
    const docs = [];
    for (let i = 0; i < count; i++) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString<Sop>(generateSop(12 + (i % 19), 3 + (i % 4), `batch${i}`), URI.parse(`memory:///batch-${i}.sop`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push(doc);
    }
    await shared.workspace.DocumentBuilder.build(docs, { validation: true });
    const models = docs.map(d => sop.model.ModelBuilder.build(d));
    for (const format of ['pdf', 'docx', 'png', 'html'] as ExportFormat[]) {
        // PNG and Word rasterise every page or row: fewer documents keep the run short.
        const batch = format === 'pdf' || format === 'html' ? models : models.slice(0, Math.max(1, Math.floor(count / 10)));
        let pages = 0;
        let bytes = 0;
        const start = performance.now();
        for (const model of batch) {
            const rendered = renderSop(model);
            pages += rendered.pages.length;
            const artifact = await exportSop(model, rendered, format);
            bytes += artifact.kind === 'file' ? artifact.data.length : artifact.pages.reduce((s, p) => s + p.data.length, 0);
        }
        const per = (performance.now() - start) / batch.length;
        report(`${format}: ${batch.length} SOPs, ${pages} pages`, per, 'ms/SOP', `${Math.round(bytes / batch.length / 1024)} KB/SOP`);
    }
}
