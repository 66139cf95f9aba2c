import { type AstNode, type CstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DateValue, PaperField, Sop, SopAstType, Step } from '../generated/ast.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import { isoDate, monthNumber, parseIso } from '../../model/dates.js';
import { paperOf } from '../sop-model-builder.js';
import { propertyCstsOf } from '../sop-property-csts.js';
import type { SopReporter } from './sop-reporter.js';
import { KEYWORDS, spellings, type Concept } from '../../vocabulary/sop-vocabulary.js';

/** Keywords that introduce each single-valued step clause (for removing a duplicate). */
const words = (...concepts: Concept[]) => concepts.flatMap(c => spellings(KEYWORDS[c]));
export const CLAUSE_KEYWORDS: Record<string, readonly string[]> = {
    byActors: words('by'), questions: words('question'), durations: words('time'), firstOutputs: words('output'),
    next: words('next', 'to'), end: [],
};

/** Consistency of names, clauses and literal values: what the grammar cannot express. */
export class StructureChecks {
    constructor(private readonly r: SopReporter) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Sop: [g('uniqueNames', (n: Sop, a) => this.checkUniqueNames(n, a))],
            Step: [g('duplicateClauses', (n: Step, a) => this.checkDuplicateClauses(n, a))],
            DateValue: [g('date', (n: DateValue, a) => this.checkDate(n, a))],
            PaperField: [g('paper', (n: PaperField, a) => this.checkPaper(n, a))],
        };
    }

    checkUniqueNames(sop: Sop, accept: ValidationAcceptor): void {
        for (const list of [sop.actors, sop.steps] as const) {
            const seen = new Map<string, AstNode>();
            for (const node of list) {
                if (!node.name) continue;
                const first = seen.get(node.name);
                if (first === undefined) seen.set(node.name, node);
                else this.r.report(accept, IssueCodes.DuplicateName, { node, property: 'name' }, [node.name, (first.$cstNode?.range.start.line ?? 0) + 1]);
            }
        }
    }

    checkDuplicateClauses(step: Step, accept: ValidationAcceptor): void {
        for (const [property, nodes] of clauseNodes(step)) {
            const keywords = CLAUSE_KEYWORDS[property];
            for (const cst of nodes.slice(0, -1)) {
                this.r.report(accept, IssueCodes.DuplicateClause, { node: step, range: cst.range }, [keywords[0] ?? cst.text]);
            }
        }
    }

    checkDate(value: DateValue, accept: ValidationAcceptor): void {
        if (value.empty) return;
        const ok = value.iso !== undefined
            ? parseIso(value.iso)
            : isoDate(Number(value.year), monthNumber(value.month ?? '') ?? 0, Number(value.day));
        if (!ok) {
            const written = value.iso ?? `${value.day} ${value.month} ${value.year}`;
            this.r.report(accept, IssueCodes.InvalidDate, { node: value }, [written]);
        }
    }

    checkPaper(field: PaperField, accept: ValidationAcceptor): void {
        if (field.size && !paperOf(field.size)) {
            this.r.report(accept, IssueCodes.InvalidPaper, { node: field, property: 'size' }, [field.size]);
        }
    }
}

/**
 * The CST nodes of each single-valued clause of a step, in one pass over the step's own tokens
 * (shared with the diagnostic ranges); only properties written twice are kept.
 */
export function clauseNodes(step: Step): Array<[string, readonly CstNode[]]> {
    return [...propertyCstsOf(step)].filter(([property, nodes]) => property in CLAUSE_KEYWORDS && nodes.length > 1);
}
