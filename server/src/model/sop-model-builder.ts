import { AstUtils, CstUtils, DocumentState, GrammarAST, GrammarUtils, type AstNode, type DocumentBuilder, type LangiumDocument } from 'langium';
import type * as ast from '../language/generated/ast.js';
import { isApproverField, isDateField, isInstitutionField, isListField, isLogoField, isNumberField, isPaperField, isRelatedField, isStatusField } from '../language/generated/ast.js';
import { keywordLanguage } from '../language/sop-keywords.js';
import { isoDate, longDateId, monthNumber, parseIso } from './dates.js';
import { buildDuration } from './duration.js';
import type { Actor, Edge, Identity, PaperSize, SopDate, SopDocument, SourceRange, Step, StepKind } from './sop-document.js';

const KIND_OF: Record<string, StepKind> = {
    langkah: 'process', step: 'process', kapsul: 'terminator', terminator: 'terminator', keputusan: 'decision', decision: 'decision',
};

const PAPERS: Record<string, PaperSize> = { a4: 'A4', f4: 'F4', folio: 'F4', letter: 'Letter', legal: 'Legal' };

/** Default branch labels; the rendered document is Indonesian whatever the keyword language. */
export const DEFAULT_BRANCH_LABELS = { yes: 'Ya', no: 'Tidak' } as const;

export function stepKindOf(keyword: string): StepKind {
    return KIND_OF[keyword] ?? 'process';
}

export function paperOf(text: string | undefined): PaperSize | undefined {
    return text === undefined ? undefined : PAPERS[text.toLowerCase()];
}

/** Turns a parsed (ideally validated) `.sop` AST into the plain SopDocument. */
export class SopModelBuilder {
    /** One model per linked AST: validation, code lens, time summary and the preview share it. */
    private readonly built = new WeakMap<AstNode, SopDocument>();

    constructor(documentBuilder?: DocumentBuilder) {
        // Relinking (after another file changed) keeps the AST but may change what its references
        // resolve to, so every (re)linked document gets a fresh model.
        documentBuilder?.onBuildPhase(DocumentState.Linked, documents => {
            for (const document of documents) this.built.delete(document.parseResult.value);
        });
    }

    /** The SopDocument of `document`; callers share it and must treat it as read-only. */
    build(document: LangiumDocument<ast.Sop>): SopDocument {
        const root = document.parseResult.value;
        let model = this.built.get(root);
        if (!model) {
            model = this.buildFresh(document);
            this.built.set(root, model);
        }
        return model;
    }

    private buildFresh(document: LangiumDocument<ast.Sop>): SopDocument {
        const root = document.parseResult.value;
        const actors = root.actors.map((a, index): Actor => ({ id: a.name, label: a.label ?? a.name, index, range: rangeOf(a) }));
        const steps = root.steps.map((s, i) => this.buildStep(s, i));
        return {
            uri: document.uri.toString(),
            id: root.name ?? '',
            title: root.title ?? '',
            status: this.status(root),
            paper: this.paper(root),
            language: detectLanguage(root),
            identity: this.identity(root),
            actors,
            steps,
            edges: this.edges(root, steps),
            footnotes: root.footnotes.map(f => f.text ?? ''),
        };
    }

    private buildStep(s: ast.Step, index: number): Step {
        const d = s.duration;
        return {
            id: s.name,
            number: index + 1,
            activity: s.activity ?? '',
            kind: stepKindOf(s.kind),
            actor: s.actor?.ref?.name,
            coActors: s.coActors.map(r => r.ref?.name).filter((n): n is string => !!n),
            ...(s.question !== undefined ? { question: s.question } : {}),
            quality: {
                requirements: s.requirements,
                ...(d ? { duration: { ...buildDuration(d), range: rangeOf(d) } } : {}),
                ...(s.output !== undefined ? { output: s.output } : {}),
            },
            notes: s.notes,
            isEnd: false,
            range: rangeOf(s),
            nameRange: propertyRange(s, 'name'),
        };
    }

    private edges(root: ast.Sop, steps: Step[]): Edge[] {
        const numberOf = new Map<AstNode, number>(root.steps.map((s, i) => [s, i + 1]));
        const edges: Edge[] = [];
        root.steps.forEach((s, i) => {
            const from = i + 1;
            if (steps[i].kind === 'decision') {
                for (const b of s.branches) {
                    const to = b.target?.ref ? numberOf.get(b.target.ref) : undefined;
                    if (to === undefined) continue;
                    const kind = b.polarity === 'ya' || b.polarity === 'yes' ? 'yes' : 'no';
                    edges.push({ from, to, kind, label: b.label ?? DEFAULT_BRANCH_LABELS[kind], implicit: false, range: rangeOf(b) });
                }
                return;
            }
            const explicit = s.next?.ref ? numberOf.get(s.next.ref) : undefined;
            if (explicit !== undefined) {
                edges.push({ from, to: explicit, kind: 'next', implicit: false, range: propertyRange(s, 'next') });
            } else if (!s.next && !endsImplicitly(s, i, root.steps.length)) {
                edges.push({ from, to: from + 1, kind: 'next', implicit: true });
            }
        });
        const hasOut = new Set(edges.map(e => e.from));
        for (const step of steps) step.isEnd = step.kind !== 'decision' && !hasOut.has(step.number);
        return edges;
    }

    private status(root: ast.Sop): SopDocument['status'] {
        const field = root.fields.find(isStatusField);
        return field?.status === 'final' ? 'final' : 'draft';
    }

    private paper(root: ast.Sop): PaperSize {
        const field = root.fields.find(isPaperField);
        return paperOf(field?.size) ?? 'A4';
    }

    private identity(root: ast.Sop): Identity {
        const identity: Identity = {
            institution: [], legalBasis: [], qualifications: [], relatedSops: [], equipment: [], warnings: [], records: [],
        };
        for (const f of root.fields) {
            if (isInstitutionField(f)) identity.institution.push(...f.lines);
            else if (isLogoField(f)) identity.logo = f.path;
            else if (isNumberField(f)) identity.number = f.value;
            else if (isDateField(f)) identity[dateSlot(f.which)] = buildDate(f.date, f);
            else if (isApproverField(f)) {
                identity.approver = {
                    position: f.position, name: f.name, nip: f.nip?.replace(/[^\d]/g, '') || f.nip, rank: f.rank, range: rangeOf(f),
                };
            } else if (isListField(f)) identity[listSlot(f.kind)].push(...f.items);
            else if (isRelatedField(f)) {
                for (const item of f.items) {
                    const target = item.sop?.ref;
                    identity.relatedSops.push({
                        text: target ? (target.title || target.name) : (item.text ?? item.sop?.$refText ?? ''),
                        sopId: item.sop?.$refText,
                        uri: target ? AstUtils.getDocument(target).uri.toString() : undefined,
                        range: rangeOf(item),
                    });
                }
            }
        }
        return identity;
    }
}

/** A step ends the flow without a written successor when it says `selesai`, is the last row,
 *  or is a terminator other than the first row (the end of a branch). */
function endsImplicitly(s: ast.Step, index: number, count: number): boolean {
    return s.end || index === count - 1 || (index > 0 && stepKindOf(s.kind) === 'terminator');
}

function dateSlot(which: string): 'createdOn' | 'revisedOn' | 'effectiveOn' {
    if (which === 'pembuatan' || which === 'created') return 'createdOn';
    if (which === 'revisi' || which === 'revised') return 'revisedOn';
    return 'effectiveOn';
}

/** Maps the written list keyword (data-type rule text) to the identity slot. */
export function listSlot(kind: string): 'legalBasis' | 'qualifications' | 'equipment' | 'warnings' | 'records' {
    const k = kind.toLowerCase().replace(/[^a-z]/g, '');
    if (k.startsWith('dasar') || k.startsWith('legal')) return 'legalBasis';
    if (k.startsWith('kualifikasi') || k.startsWith('qualification')) return 'qualifications';
    if (k.startsWith('peralatan') || k.startsWith('perlengkapan') || k.startsWith('equipment')) return 'equipment';
    if (k.startsWith('peringatan') || k.startsWith('warning')) return 'warnings';
    return 'records';
}

/** Reads a DateValue into a SopDate; an invalid date keeps its text for display. */
export function buildDate(value: ast.DateValue | undefined, node: AstNode): SopDate {
    const range = rangeOf(value ?? node);
    if (!value || value.empty) return { display: '-', range };
    const iso = value.iso !== undefined
        ? parseIso(value.iso)
        : isoDate(Number(value.year), monthNumber(value.month ?? '') ?? 0, Number(value.day));
    const written = value.iso ?? `${value.day} ${value.month} ${value.year}`;
    return { iso, display: iso ? longDateId(iso) : written, range };
}

/** Counts keywords of each language in the file; ties go to Indonesian. */
export function detectLanguage(root: AstNode): 'id' | 'en' {
    let id = 0;
    let en = 0;
    if (root.$cstNode) {
        for (const leaf of CstUtils.streamCst(root.$cstNode)) {
            if (!GrammarAST.isKeyword(leaf.grammarSource)) continue;
            const lang = keywordLanguage(leaf.text);
            if (lang === 'id') id++;
            else if (lang === 'en') en++;
        }
    }
    return en > id ? 'en' : 'id';
}

export function rangeOf(node: AstNode): SourceRange {
    const r = node.$cstNode?.range;
    return r ? { start: { ...r.start }, end: { ...r.end } } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function propertyRange(node: AstNode, property: string): SourceRange {
    const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    return cst ? { start: { ...cst.range.start }, end: { ...cst.range.end } } : rangeOf(node);
}
