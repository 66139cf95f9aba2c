import { AstUtils, DocumentState, type AstNode, type DocumentBuilder, type LangiumDocument } from 'langium';
import type * as ast from './generated/ast.js';
import {
    isApproverField, isDateField, isHeadingField, isInstitutionField, isListField, isLogoField, isNumberField, isPaperField,
    isRelatedField, isStatusField, isTableField,
} from './generated/ast.js';
import { listSlot, paperOf, propertyRange, rangeOf, stepKindOf } from './sop-ast-utils.js';
import { detectLanguage, languageOf } from './file-language.js';
import { conceptOf, type Concept } from '../vocabulary/sop-vocabulary.js';
import { isoDate, longDateId, monthNumber, parseIso, writtenDate } from '../model/dates.js';
import { buildDuration } from '../model/duration.js';
import { buildFlow, type RowFlow, type RowSources } from './flow-builder.js';
import { startKey } from './cst-start.js';
import type { Actor, ActorGroup, ColumnHeadings, Identity, PaperSize, SopDate, SopDocument, Step, TableOptions } from '../model/sop-document.js';
import { approverName, approverNip, approverPosition, approverRank, signedElectronically, startsNewPage, stepActor, stepDuration, stepOutput, stepQuestion } from './sop-clauses.js';

export { DEFAULT_BRANCH_LABELS } from './flow-builder.js';
export { detectLanguage, listSlot, paperOf, propertyRange, rangeOf, stepKindOf };

/** Turns a parsed (ideally validated) `.sop` AST into the plain SopDocument. */
export class SopModelBuilder {
    /** One model per linked AST: validation, code lens, time summary and the preview share it. */
    private readonly built = new WeakMap<AstNode, SopDocument>();
    /** Per step node: what its model reads from its own text, and where the step started then. */
    private readonly stepParts = new WeakMap<ast.Step, { at: number; parts: StepParts }>();
    /** Per step node: its last model, and the parts it was made of. */
    private readonly stepModels = new WeakMap<ast.Step, { parts: StepParts; step: Step }>();
    /** Each model's rows as the flow builder read them from the AST (the flow checks read them too). */
    private readonly sources = new WeakMap<SopDocument, RowSources[]>();
    /**
     * Set by the language server: the documents whose models are kept once validated (those open in an
     * editor, which the preview draws). The others' models are dropped and rebuilt if asked for: kept,
     * they were ~80 KB per 30-step file, ~80 MB in a 1,000-file workspace. Unset, every model is kept.
     */
    retain: ((uri: string) => boolean) | undefined;
    /** Set by the services: the documents open in an editor, whose per-step results are kept from one edit to the next. */
    keepSteps: ((uri: string) => boolean) | undefined;

    constructor(documentBuilder?: DocumentBuilder) {
        // Relinking (after another file changed) keeps the AST but may change what its references
        // resolve to, so every (re)linked document gets a fresh model.
        documentBuilder?.onBuildPhase(DocumentState.Linked, documents => {
            for (const document of documents) this.built.delete(document.parseResult.value);
        });
        documentBuilder?.onBuildPhase(DocumentState.Validated, documents => {
            if (!this.retain) return;
            for (const document of documents) {
                // Closed files the start-up has registered but not parsed yet have no parse result.
                const root = document.parseResult?.value;
                if (root && !this.retain(document.uri.toString())) this.built.delete(root);
            }
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

    /** The symbols and exits of every row of `document`'s model, indexed by row (0-based). */
    symbolSourcesOf(document: LangiumDocument<ast.Sop>): readonly RowSources[] {
        return this.sources.get(this.build(document))!;
    }

    private buildFresh(document: LangiumDocument<ast.Sop>): SopDocument {
        const root = document.parseResult.value;
        const { actors, actorGroups } = buildActors(root);
        // Per-step results are kept only for files being edited; a closed file is built once.
        const keep = this.keepSteps?.(document.uri.toString()) ?? false;
        const { rows, edges, sources } = buildFlow(root, keep);
        const steps = root.steps.map((s, i) => (keep ? this.buildStep(s, i, rows[i]) : this.freshStep(s, i, rows[i], stepPartsOf(s))));
        const model: SopDocument = {
            uri: document.uri.toString(),
            id: root.name ?? '',
            title: root.title ?? '',
            status: this.status(root),
            paper: this.paper(root),
            language: languageOf(root),
            identity: this.identity(root),
            actors,
            actorGroups,
            table: tableOptions(root),
            steps,
            edges,
            footnotes: root.footnotes.map(f => f.text ?? ''),
        };
        this.sources.set(model, sources);
        return model;
    }

    /**
     * A step's model, the same object as in the last model while nothing it holds has changed: the
     * same parts (same node, same place), row number, symbols (kept by the flow builder on the same
     * terms), entry, end flag and actor names. Models are read-only, so sharing is safe.
     */
    private buildStep(s: ast.Step, index: number, flow: RowFlow): Step {
        const parts = this.partsOf(s);
        const actor = stepActor(s)?.ref?.name;
        const kept = this.stepModels.get(s);
        if (kept && kept.parts === parts && kept.step.number === index + 1 && kept.step.symbols === flow.symbols && kept.step.entry === flow.entry
            && kept.step.isEnd === flow.isEnd && kept.step.actor === actor && sameCoActors(kept.step.coActors, s)) return kept.step;
        const step = this.freshStep(s, index, flow, parts);
        this.stepModels.set(s, { parts, step });
        return step;
    }

    private freshStep(s: ast.Step, index: number, flow: RowFlow, parts: StepParts): Step {
        return {
            id: s.name,
            number: index + 1,
            activity: parts.activity,
            kind: parts.kind,
            // What references resolve to may change while the step does not (an actor renamed).
            actor: stepActor(s)?.ref?.name,
            coActors: s.coActors.map(r => r.ref?.name).filter((n): n is string => !!n),
            ...(parts.question !== undefined ? { question: parts.question } : {}),
            symbols: flow.symbols,
            entry: flow.entry,
            quality: parts.quality,
            notes: s.notes,
            isEnd: flow.isEnd,
            ...(parts.pageBreakBefore ? { pageBreakBefore: true } : {}),
            range: parts.range,
            nameRange: parts.nameRange,
        };
    }

    /**
     * What a step's model reads from the step's own text. A step node never changes its text (an
     * edit re-parses the step it touched into a new node), so this is kept per node, and redone
     * only when the step has moved to another line or column.
     */
    private partsOf(s: ast.Step): StepParts {
        const at = s.$cstNode ? startKey(s.$cstNode) : undefined;
        const kept = this.stepParts.get(s);
        if (kept && kept.at === at) return kept.parts;
        const parts = stepPartsOf(s);
        if (at !== undefined) this.stepParts.set(s, { at, parts });
        return parts;
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
            if (isInstitutionField(f)) for (const line of f.lines) identity.institution.push(line);
            else if (isLogoField(f)) identity.logo = f.path;
            else if (isNumberField(f)) identity.number = f.value;
            else if (isDateField(f)) identity[dateSlot(f.which)] = buildDate(f.date, f);
            else if (isApproverField(f)) {
                const nip = approverNip(f);
                identity.approver = {
                    position: approverPosition(f), name: approverName(f), nip: nip?.replace(/[^\d]/g, '') || nip, rank: approverRank(f),
                    ...(signedElectronically(f) ? { electronic: true } : {}), range: rangeOf(f),
                };
            } else if (isListField(f)) {
                const list = identity[listSlot(f.kind)];
                for (const item of f.items) list.push(item);
            }
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

/** Whether the step's co-actor references still resolve to `names`. */
function sameCoActors(names: readonly string[], s: ast.Step): boolean {
    let i = 0;
    for (const r of s.coActors) {
        const name = r.ref?.name;
        if (!name) continue;
        if (names[i++] !== name) return false;
    }
    return i === names.length;
}

/** What a step's model reads from the step's own text. */
function stepPartsOf(s: ast.Step): StepParts {
    const d = stepDuration(s);
    const output = stepOutput(s);
    return {
        activity: s.activity ?? '',
        kind: stepKindOf(s.kind),
        question: stepQuestion(s),
        quality: {
            requirements: s.requirements,
            ...(d && !d.merged ? { duration: { ...buildDuration(d), range: rangeOf(d) } } : {}),
            ...(d?.merged ? { durationMerged: true } : {}),
            // Several outputs print as separate lines, never comma-joined.
            ...(output !== undefined ? { output: [output, ...s.outputs].join('\n') } : {}),
        },
        pageBreakBefore: startsNewPage(s),
        range: rangeOf(s),
        nameRange: propertyRange(s, 'name'),
    };
}

interface StepParts {
    activity: string;
    kind: Step['kind'];
    question: string | undefined;
    quality: Step['quality'];
    pageBreakBefore: boolean;
    range: Step['range'];
    nameRange: Step['nameRange'];
}

function dateSlot(which: string): 'createdOn' | 'revisedOn' | 'effectiveOn' {
    if (which === 'pembuatan' || which === 'created') return 'createdOn';
    if (which === 'revisi' || which === 'revised') return 'revisedOn';
    return 'effectiveOn';
}

/** Reads a DateValue into a SopDate; an invalid date keeps its text for display. */
export function buildDate(value: ast.DateValue | undefined, node: AstNode): SopDate {
    const range = rangeOf(value ?? node);
    if (!value || value.empty) return { display: '-', range };
    const iso = value.iso !== undefined
        ? parseIso(value.iso)
        : isoDate(Number(value.year), monthNumber(value.month ?? '') ?? 0, Number(value.day));
    const written = value.iso ?? writtenDate(value.day, value.month, value.year);
    return { iso, display: iso ? longDateId(iso) : written, range };
}

/** Actors in column order; each belongs to the group declared last before it. */
function buildActors(root: ast.Sop): { actors: Actor[]; actorGroups: ActorGroup[] } {
    const groups = [...root.groups].sort((a, b) => offset(a) - offset(b));
    const actorGroups: ActorGroup[] = groups.map(g => ({ id: g.name, label: g.label ?? g.name ?? '-', actors: [], range: rangeOf(g) }));
    const actors = root.actors.map((a, index): Actor => {
        let group: ActorGroup | undefined;
        groups.forEach((g, i) => { if (offset(g) < offset(a)) group = actorGroups[i]; });
        group?.actors.push(a.name);
        return { id: a.name, label: a.label ?? a.name ?? '-', index, ...(group ? { group: group.id } : {}), range: rangeOf(a) };
    });
    return { actors, actorGroups: actorGroups.filter(g => g.actors.length > 0) };
}

function offset(node: AstNode): number {
    return node.$cstNode?.offset ?? 0;
}

const HEADING_SLOT = {
    activityColumn: 'activity', actorsColumn: 'actors', qualityColumn: 'quality', requires: 'requirements', time: 'duration',
    output: 'output', notes: 'notes',
} as const satisfies Partial<Record<Concept, keyof ColumnHeadings>>;
const HEADING_CONCEPTS = Object.keys(HEADING_SLOT) as Array<keyof typeof HEADING_SLOT>;

function tableOptions(root: ast.Sop): TableOptions {
    const table: TableOptions = { headings: {}, columnNumbers: false, repeatHeader: true, identityPage: 'auto' };
    for (const f of root.fields) {
        if (isHeadingField(f) && f.column && f.text !== undefined) {
            const concept = conceptOf(f.column, HEADING_CONCEPTS);
            if (concept) table.headings[HEADING_SLOT[concept]] = f.text;
        } else if (isTableField(f)) {
            for (const option of f.options) {
                const o = conceptOf(option, ['columnNumbers', 'headerOnce', 'separate']);
                if (o === 'columnNumbers') table.columnNumbers = true;
                else if (o === 'headerOnce') table.repeatHeader = false;
                else if (o === 'separate') table.identityPage = 'separate';
            }
        }
    }
    return table;
}
