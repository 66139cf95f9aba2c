import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Actor, InstitutionField, NumberField, Sop, SopAstType, Step } from '../generated/ast.js';
import type { LengthBudgets } from '../../config/sop-config.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import { stepKindOf } from '../sop-model-builder.js';
import type { SopReporter } from './sop-reporter.js';
import { firstWord, isActiveVerb, isBareStartOrEnd, isPassiveVerb, isQuestion, splitCompound } from './text-heuristics.js';
import { stepOutput } from '../sop-clauses.js';

/** Writing-style rules of the regulation (format reference §4.2, §4.5, §10.3). */
export class StyleChecks {
    /** Actor labels and names, longest first, per AST (the subject check ran a sort per row). */
    private readonly subjects = new WeakMap<Sop, string[]>();

    constructor(private readonly r: SopReporter) {}

    private subjectsOf(sop: Sop): readonly string[] {
        let candidates = this.subjects.get(sop);
        if (!candidates) {
            this.subjects.set(sop, candidates = actorSubjects(sop));
        }
        return candidates;
    }

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Step: [
                g('activityVerb', (n: Step, a) => this.checkActivityVerb(n, a)),
                g('activityCompound', (n: Step, a) => this.checkCompound(n, a)),
                g('stepLengths', (n: Step, a) => this.checkStepLengths(n, a)),
            ],
            Actor: [g('actorLength', (n: Actor, a) => this.checkLength(a, n, 'label', n.label, 'pelaksana'))],
            Sop: [g('titleLength', (n: Sop, a) => this.checkLength(a, n, 'title', n.title, 'judul'))],
            NumberField: [g('numberLength', (n: NumberField, a) => this.checkLength(a, n, 'value', n.value, 'nomor'))],
            InstitutionField: [g('institutionLength', (n: InstitutionField, a) => n.lines.forEach((l, i) => this.checkLength(a, n, 'lines', l, 'instansi', i)))],
        };
    }

    checkActivityVerb(step: Step, accept: ValidationAcceptor): void {
        const activity = step.activity ?? '';
        if (!activity.trim()) return;
        const subject = this.leadingActor(step);
        if (subject) {
            this.r.report(accept, IssueCodes.ActivityStartsWithActor, { node: step, property: 'activity' }, [subject]);
            return;
        }
        const word = firstWord(activity);
        // A bare "Mulai"/"Selesai" row is reported once, by empty-start-end-row. A decision's
        // kegiatan may be its question ("Apakah berkas lengkap?"), as many offices print it.
        if (isActiveVerb(word) || isBareStartOrEnd(activity)) return;
        if (stepKindOf(step.kind) === 'decision' && isQuestion(activity)) return;
        const words = activity.trim().split(/\s+/);
        const passive = words.slice(0, 3).find(w => isPassiveVerb(firstWord(w)));
        if (passive) {
            this.r.report(accept, IssueCodes.ActivityPassive, { node: step, property: 'activity' }, [passive]);
        } else {
            this.r.report(accept, IssueCodes.ActivityNotActiveVerb, { node: step, property: 'activity' }, [words[0]]);
        }
    }

    /** The actor's position or name written as the subject at the start of the activity. */
    private leadingActor(step: Step): string | undefined {
        return leadingSubject(step.activity, this.subjectsOf(step.$container));
    }

    checkCompound(step: Step, accept: ValidationAcceptor): void {
        const parts = step.activity ? splitCompound(step.activity) : undefined;
        if (!parts) return;
        this.r.report(accept, IssueCodes.ActivityCompound, { node: step, property: 'activity' },
            [firstWord(parts.first), firstWord(parts.second)]);
    }

    checkStepLengths(step: Step, accept: ValidationAcceptor): void {
        this.checkLength(accept, step, 'activity', step.activity, 'kegiatan');
        step.requirements.forEach((req, i) => this.checkLength(accept, step, 'requirements', req, 'kelengkapan', i));
        this.checkLength(accept, step, 'firstOutputs', stepOutput(step), 'output', step.firstOutputs.length - 1);
        step.notes.forEach((note, i) => this.checkLength(accept, step, 'notes', note, 'keterangan', i));
    }

    private checkLength(accept: ValidationAcceptor, node: AstNode, property: string, text: string | undefined, field: keyof LengthBudgets, index?: number): void {
        if (!text || this.r.isSilent(node, IssueCodes.TextTooLong)) return;
        const budget = this.r.configFor(node).lengthBudgets[field];
        // A text has at most as many characters as UTF-16 units: most are under budget without counting.
        if (text.length <= budget) return;
        const length = [...text.trim()].length;
        if (length <= budget) return;
        this.r.report(accept, IssueCodes.TextTooLong, { node, property, index } as never, [this.r.text(`field.${field}` as const), length, budget]);
    }
}

/** Actor labels and names, longest first: what may stand as the subject of an activity. */
export function actorSubjects(sop: Sop): string[] {
    const candidates = sop.actors.flatMap(a => [a.label, a.name]).filter((c): c is string => !!c?.trim());
    return candidates.sort((a, b) => b.length - a.length);
}

/** The actor's position or name written as the subject at the start of `activity`, as written. */
export function leadingSubject(activity: string, subjects: readonly string[]): string | undefined {
    const text = activity.trimStart();
    const lower = text.toLowerCase();
    const lowerSubjects = lowered(subjects);
    const i = subjects.findIndex((c, k) => lower.startsWith(lowerSubjects[k]) && /^\s/.test(text.slice(c.length)));
    return i >= 0 ? text.slice(0, subjects[i].length) : undefined;
}

/** `subjects` in lower case, once per list (a list is kept per AST, and read once per row). */
const loweredLists = new WeakMap<readonly string[], readonly string[]>();
function lowered(subjects: readonly string[]): readonly string[] {
    let lower = loweredLists.get(subjects);
    if (!lower) loweredLists.set(subjects, lower = subjects.map(c => c.toLowerCase()));
    return lower;
}
