import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Duration, Sop, SopAstType, Step } from '../generated/ast.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import { parseUnit } from '../../model/duration.js';
import { stepKindOf } from '../sop-model-builder.js';
import { propertyCsts } from './source-ranges.js';
import type { SopAnalysisCache } from './sop-analysis.js';
import type { SopReporter } from './sop-reporter.js';
import { firstWord, isVerbLike, significantWords } from './text-heuristics.js';
import { stepDuration, stepOutput } from '../sop-clauses.js';

/** Mutu baku rules: kelengkapan, waktu, output, keterangan (format reference §4.2, §8, §10.3). */
export class QualityChecks {
    /** Per step node: the steps its output was compared with, and whether one of them takes it. */
    private readonly reuse = new WeakMap<Step, { next: Step[]; reused: boolean }>();

    constructor(private readonly r: SopReporter, private readonly analysis: SopAnalysisCache) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Step: [
                g('mutuBakuPresent', (n: Step, a) => this.checkPresent(n, a)),
                g('outputNoun', (n: Step, a) => this.checkOutputNoun(n, a)),
            ],
            Duration: [
                g('unit', (n: Duration, a) => this.checkUnit(n, a)),
                g('freeText', (n: Duration, a) => this.checkFreeText(n, a)),
            ],
            Sop: [g('outputReuse', (n: Sop, a) => this.checkOutputReused(n, a))],
        };
    }

    checkPresent(step: Step, accept: ValidationAcceptor): void {
        const info = { node: step, property: 'name' } as const;
        if (step.requirements.length === 0) this.r.report(accept, IssueCodes.MissingRequirements, info);
        if (!stepDuration(step)) this.r.report(accept, IssueCodes.MissingDuration, info);
        if (stepOutput(step) === undefined) this.r.report(accept, IssueCodes.MissingOutput, info);
        if (step.notes.length === 0) this.r.report(accept, IssueCodes.MissingNotes, info);
        // "3." alone is a list number that lost its text (a copy from a numbered Word cell).
        step.notes.forEach((note, index) => {
            if (/^\s*(\d+|[a-z])[.)]\s*$/i.test(note)) this.r.report(accept, IssueCodes.NotesOnlyNumber, { node: step, property: 'notes', index }, [note.trim()]);
        });
    }

    checkUnit(duration: Duration, accept: ValidationAcceptor): void {
        if (duration.none || duration.text !== undefined || duration.unit.length === 0) return;
        const text = duration.unit.join(' ');
        if (parseUnit(text)) return;
        const units = propertyCsts(duration, 'unit');
        const range = units.length > 0 ? { start: units[0].range.start, end: units[units.length - 1].range.end } : undefined;
        this.r.report(accept, IssueCodes.UnknownUnit, range ? { node: duration, range } : { node: duration }, [text]);
    }

    checkFreeText(duration: Duration, accept: ValidationAcceptor): void {
        if (duration.text !== undefined) this.r.report(accept, IssueCodes.DurationFreeText, { node: duration, property: 'text' });
    }

    checkOutputNoun(step: Step, accept: ValidationAcceptor): void {
        const output = stepOutput(step);
        if (!output?.trim()) return;
        if (isVerbLike(firstWord(output))) {
            this.r.report(accept, IssueCodes.OutputNotNounPhrase, outputInfo(step), [output]);
        }
    }

    /** Info when a step's output appears in none of its later successors' inputs (only if they list inputs). */
    /**
     * Whether a step among `next` takes `step`'s output as an input. Step nodes never change their
     * text (an edit re-parses the step it touched into a new node), so the answer is kept while the
     * step and the steps it leads to are the same nodes: after an edit only the edited step's words
     * are compared again.
     */
    private reusedLater(step: Step, output: string, next: Step[], keep: boolean): boolean {
        const kept = this.reuse.get(step);
        if (kept && kept.next.length === next.length && kept.next.every((s, i) => s === next[i])) return kept.reused;
        const reused = next.some(s => output.split(/\s*[,;]\s*/).some(part => reuses(part, s.requirements)));
        if (keep) this.reuse.set(step, { next, reused });
        return reused;
    }

    checkOutputReused(sop: Sop, accept: ValidationAcceptor): void {
        if (sop.steps.length < 2) return;
        const later = new Map<number, Set<number>>();
        for (const e of this.analysis.model(sop).edges) {
            if (e.to > e.from) (later.get(e.from) ?? later.set(e.from, new Set()).get(e.from)!).add(e.to);
        }
        const keep = this.analysis.keepsSteps(sop);
        sop.steps.forEach((step, i) => {
            const output = stepOutput(step)?.trim();
            // A decision's output is its verdict, carried by the branch taken rather than as a document.
            if (!output || output === '-' || stepKindOf(step.kind) === 'decision') return;
            const next = [...(later.get(i + 1) ?? [])].map(k => sop.steps[k - 1])
                .filter(s => s && s.requirements.some(r => r.trim() && r.trim() !== '-'));
            if (next.length === 0 || this.reusedLater(step, output, next, keep)) return;
            this.r.report(accept, IssueCodes.OutputNotReused, outputInfo(step), [output, next.map(s => s.name).join(', ')]);
        });
    }
}

/**
 * True when an input names the output: one contains the other, or they share the output's
 * first significant word and at least half of its words ("Konsep SK" ~ "Konsep SK diparaf").
 */
function reuses(output: string, requirements: string[]): boolean {
    const out = output.toLowerCase();
    const words = significantWords(output);
    return requirements.some(req => {
        const r = req.toLowerCase();
        if (!r.trim()) return false;
        if (r.includes(out) || out.includes(r.trim())) return true;
        const rw = new Set(significantWords(req));
        const shared = words.filter(w => rw.has(w)).length;
        return words.length > 0 && rw.has(words[0]) && shared * 2 >= words.length;
    });
}

/** Where a diagnostic about the step's output sits: the `output` clause that counts. */
function outputInfo(step: Step) {
    return { node: step, property: 'firstOutputs', index: step.firstOutputs.length - 1 } as const;
}
