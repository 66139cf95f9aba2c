import { isDuration, isStep, type Step } from '../../generated/ast.js';
import { IssueCodes } from '../../../protocol/sop-issue-codes.js';
import { UNIT_TYPOS } from '../../../model/duration.js';
import { stepKindOf } from '../../sop-ast-utils.js';
import { propertyCst, propertyCsts } from '../../validation/source-ranges.js';
import { actorSubjects, leadingSubject } from '../../validation/style-checks.js';
import { capitalise, splitCompound } from '../../validation/text-heuristics.js';
import { fixOf, type FixBuilder, type FixContext } from './quick-fix.js';
import { clauseIndent, insertAfter, quote } from './text-edits.js';
import { stepActor } from '../../sop-clauses.js';

/** Removes `, x` (or `x,` for the first co-actor, or `bersama x` when it is the only one). */
function removeCoActor(ctx: FixContext) {
    const step = ctx.nodeOf(isStep);
    const csts = step ? propertyCsts(step, 'coActors') : [];
    const index = csts.findIndex(c => ctx.startsHere(c));
    if (!step || index < 0) return [];
    const text = ctx.document.textDocument.getText();
    let start = csts[index].offset;
    let end = csts[index].end;
    if (index > 0) {
        start = csts[index - 1].end;
    } else if (csts.length > 1) {
        end = csts[1].offset;
    } else {
        while (start > 0 && /\s/.test(text[start - 1])) start--;
        while (start > 0 && /\w/.test(text[start - 1])) start--;
        while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    }
    const doc = ctx.document.textDocument;
    return fixOf('fix.remove-co-actor', [step.coActors[index]?.$refText ?? csts[index].text],
        { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: '' });
}

/** Only a plain process row that flows to the next row can be split without rewiring the flow. */
function splitActivity(ctx: FixContext) {
    const step = ctx.nodeOf(isStep);
    const cst = step && propertyCst(step, 'activity');
    const parts = step?.activity ? splitCompound(step.activity) : undefined;
    if (!step || !parts || !ctx.startsHere(cst) || !splittable(step)) return [];
    const names = new Set(step.$container.steps.map(s => s.name));
    let name = `${step.name}2`;
    for (let k = 3; names.has(name); k++) name = `${step.name}${k}`;
    const english = step.kind === 'step';
    const row = `\n\n${english ? 'step' : 'langkah'} ${name} ${quote(capitalise(parts.second))}\n${clauseIndent(step)}${english ? 'by' : 'oleh'} ${stepActor(step)!.$refText}`;
    return fixOf('fix.split-activity', undefined, ctx.replace(cst, quote(parts.first)), insertAfter(step, row));
}

function splittable(step: Step): boolean {
    return stepKindOf(step.kind) === 'process' && step.nexts.length === 0 && step.ends.length === 0 && step.cells.length === 0 && !!stepActor(step);
}

/** Quick fixes of the checks on a step's clauses: actors, writing style, mutu baku. */
export const StepFixes = {
    [IssueCodes.JointActorRepeated]: removeCoActor,
    [IssueCodes.ActivityCompound]: splitActivity,
    /** Drops the actor written as the subject at the start of the kegiatan. */
    [IssueCodes.ActivityStartsWithActor]: ctx => {
        const step = ctx.nodeOf(isStep);
        const cst = step && propertyCst(step, 'activity');
        const subject = step?.activity ? leadingSubject(step.activity, actorSubjects(step.$container)) : undefined;
        if (!step || !subject || !ctx.startsHere(cst)) return [];
        const rest = capitalise(step.activity.trimStart().slice(subject.length).trimStart());
        return rest ? fixOf('fix.remove-subject', [subject], ctx.replace(cst, quote(rest))) : [];
    },
    /** Writes the unit a known typo stands for (`mnt` → `menit`). */
    [IssueCodes.UnknownUnit]: ctx => {
        const duration = ctx.nodeOf(isDuration);
        const units = duration ? propertyCsts(duration, 'unit') : [];
        const typo = duration && UNIT_TYPOS[duration.unit.join(' ').toLowerCase()];
        if (!typo || !ctx.startsHere(units[0])) return [];
        return fixOf('fix.unit', [typo], { range: { start: units[0].range.start, end: units[units.length - 1].range.end }, newText: typo });
    },
} satisfies Record<string, FixBuilder>;
