/** Plain-text descriptions of the pages, for screen readers (the SVG's `<desc>`). */
import type { SopDocument } from '../model/sop-document.js';
import type { FlowchartPage } from './flowchart-layout.js';

export function identityDescription(doc: SopDocument, index: number, count: number): string {
    const parts = [`Identitas SOP ${doc.title}`];
    if (count > 1) parts.push(`bagian ${index + 1} dari ${count}`);
    if (doc.identity.number) parts.push(`nomor ${doc.identity.number}`);
    if (doc.identity.approver?.name) parts.push(`disahkan oleh ${doc.identity.approver.name}`);
    return parts.join(', ') + '.';
}

export function flowchartDescription(page: FlowchartPage, index: number, count: number): string {
    const steps = page.rows.map(r => r.text.step.number);
    const range = steps.length ? `langkah ${steps[0]}–${steps[steps.length - 1]}` : 'tanpa langkah';
    const connectors = page.shapes.filter(s => s.connector).map(s => `penghubung ${s.connector!.label} ${s.connector!.role === 'out' ? 'dari' : 'ke'} langkah ${s.step}`);
    return [`Diagram alir halaman ${index + 1} dari ${count}: ${range}`, ...connectors].join('; ') + '.';
}
