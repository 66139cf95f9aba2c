import { URI, TextDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSopServices } from '../server/src/language/sop-module.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
const { shared } = createSopServices(NodeFileSystem);
const text = generateRealisticSop(Number(process.argv[2] ?? 2000));
const uri = URI.parse('file:///tmp/prof.sop');
const docs = shared.workspace.TextDocuments as any;
let td = TextDocument.create(uri.toString(), 'sop', 1, text);
(docs as any)._syncedDocuments?.set(uri.toString(), td);
const doc = shared.workspace.LangiumDocumentFactory.fromTextDocument(td, uri);
shared.workspace.LangiumDocuments.addDocument(doc);
await shared.workspace.DocumentBuilder.build([doc], { validation: true });
const t0 = performance.now(); const c0 = process.cpuUsage();
for (let i = 0; i < 10; i++) {
    const t = text.replace(/^(kapsul s1 "[^"]*)"/m, (_, h) => `${h}${'x'.repeat(i + 1)}"`);
    td = TextDocument.create(uri.toString(), 'sop', i + 2, t);
    (docs as any)._syncedDocuments?.set(uri.toString(), td);
    await shared.workspace.DocumentBuilder.update([uri], []);
}
const c = process.cpuUsage(c0);
console.log('per edit wall', (performance.now() - t0) / 10, 'cpu', (c.user + c.system) / 10000);
console.log(shared.workspace.LangiumDocuments.getDocument(uri)!.diagnostics!.length);
