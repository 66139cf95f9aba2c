/**
 * The round trip of issue 14: a `.sop` is rendered and exported (PDF, Word), the export is imported,
 * and the imported `.sop` is compared with the source model per category (rows, actors, symbols,
 * edges, identity fields, mutu baku texts). Used by test/unit/import-round-trip.test.ts and by
 * scripts/import-round-trip.ts, which prints the figures.
 */
import { readFileSync } from 'node:fs';
import { exportSop } from '../../server/src/export/export-document.js';
import { importDocument } from '../../server/src/import/import-document.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop } from '../../server/src/render/index.js';
import { libreOfficeResave } from './libreoffice.js';
import { createTestServices } from './sop-test-services.js';

export const CATEGORIES = ['rows', 'actors', 'symbols', 'edges', 'identity', 'mutuBaku'] as const;
export type Category = typeof CATEGORIES[number];

/** Per category: how many of the source's items came back, of how many, and what differed. */
export type Figures = Record<Category, { got: number; of: number; missing: string[]; extra: string[] }>;

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A list item as printed: an item written with its own number ("1. Surat") prints as one without. */
const item = (s: string) => squash(s).replace(/^\d+[.)]\s+/, '');

/** The items of one category as comparable strings; equal strings are equal items. */
function items(doc: SopDocument): Record<Category, string[]> {
    const actorIndex = new Map(doc.actors.map(a => [a.id, a.index]));
    const symbolKey = new Map(doc.steps.flatMap(s => s.symbols.map(sym => [sym.id, `${s.number}.${sym.actor === undefined ? '?' : actorIndex.get(sym.actor)}`] as const)));
    const id = doc.identity;
    const approver = id.approver ?? {};
    return {
        rows: doc.steps.map(s => `${s.number} ${squash(s.activity)}`),
        actors: doc.actors.map(a => `${a.index} ${squash(a.label)}${doc.actorGroups.find(g => g.id === a.group)?.label ? ` / ${doc.actorGroups.find(g => g.id === a.group)!.label}` : ''}`),
        // Kind and cell; the text inside a shape is not compared (the renderer leaves out a question that does not fit).
        symbols: doc.steps.flatMap(s => s.symbols.map(sym => `${symbolKey.get(sym.id)} ${sym.kind}`)),
        edges: doc.edges.map(e => `${symbolKey.get(e.fromSymbol)}>${symbolKey.get(e.toSymbol)} ${e.kind} ${e.kind === 'branch' ? squash(e.label) : ''}`),
        // Title, institution and position compared in upper case: the Word export prints them so.
        identity: [
            `title ${squash(doc.title).toUpperCase()}`, `number ${squash(id.number)}`, `institution ${id.institution.map(squash).join(' | ').toUpperCase()}`,
            `created ${id.createdOn?.display ?? ''}`, `revised ${id.revisedOn?.display ?? ''}`, `effective ${id.effectiveOn?.display ?? ''}`,
            `approver ${squash(approver.position).toUpperCase()} | ${squash(approver.name)} | ${approver.nip ?? ''}`,
            ...(['legalBasis', 'qualifications', 'equipment', 'warnings', 'records'] as const).map(k => `${k} ${id[k].map(item).join(' | ')}`),
            `relatedSops ${id.relatedSops.map(r => squash(r.text)).join(' | ')}`,
        ],
        mutuBaku: doc.steps.flatMap(s => [
            `${s.number} kelengkapan ${s.quality.requirements.map(item).join(' | ')}`,
            `${s.number} waktu ${s.quality.durationMerged ? 'gabung' : s.quality.duration?.display ?? '-'}`,
            `${s.number} output ${squash(s.quality.output) || '-'}`,
            `${s.number} keterangan ${s.notes.map(item).join(' | ')}`,
        ]),
    };
}

export function compare(source: SopDocument, imported: SopDocument): Figures {
    const want = items(source);
    const got = items(imported);
    const out = {} as Figures;
    for (const c of CATEGORIES) {
        const left = [...got[c]];
        const missing: string[] = [];
        for (const w of want[c]) {
            const at = left.indexOf(w);
            if (at >= 0) left.splice(at, 1); else missing.push(w);
        }
        out[c] = { got: want[c].length - missing.length, of: want[c].length, missing, extra: left };
    }
    return out;
}

/** Our own PDF or Word export, or our Word export re-saved by LibreOffice as Word or as PDF. */
export type RoundTripFormat = 'pdf' | 'docx' | 'libreoffice-docx' | 'libreoffice-pdf';

export interface RoundTrip {
    figures: Figures;
    /** The imported `.sop` text, for messages. */
    text: string;
    /** Errors the imported file checks with. */
    errors: string[];
}

/** One service container for a run: parsing both sides with one keeps the cost down. */
export function roundTripper() {
    const services = createTestServices();
    /** `adjust` changes the source model before it is rendered (a table option, say). */
    /** `file` is a path, or `{ text }` for a document made in memory (generated ones). */
    return async (file: string | { text: string }, format: RoundTripFormat, adjust?: (doc: SopDocument) => void): Promise<RoundTrip> => {
        const source = await services.model(typeof file === 'string' ? readFileSync(file, 'utf8') : file.text);
        adjust?.(source);
        const resave = format.startsWith('libreoffice-') ? format.slice('libreoffice-'.length) as 'docx' | 'pdf' : undefined;
        const artifact = await exportSop(source, renderSop(source), resave ? 'docx' : format as 'pdf' | 'docx');
        if (artifact.kind !== 'file') throw new Error('one file expected');
        const exported = typeof artifact.data === 'string' ? new TextEncoder().encode(artifact.data) : new Uint8Array(artifact.data);
        const bytes = resave ? libreOfficeResave(exported, resave) : exported;
        const result = await importDocument(bytes);
        const doc = await services.validate(result.text);
        const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`);
        const imported = services.Sop.model.ModelBuilder.build(doc);
        return { figures: compare(source, imported), text: result.text, errors };
    };
}
