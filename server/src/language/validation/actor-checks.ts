import { type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Actor, Sop, SopAstType, Step } from '../generated/ast.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import { statusSeverity } from './identity-checks.js';
import type { SopReporter } from './sop-reporter.js';
import { looksLikePersonalName } from './text-heuristics.js';
import { stepActor } from '../sop-clauses.js';

/** More actors than this make columns narrower than ~2 cm on A4 (format reference §4.5). */
export const MAX_ACTORS = 7;

/** Actor rules (format reference §10.2). */
export class ActorChecks {
    constructor(private readonly r: SopReporter) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Sop: [
                g('actorsUsed', (n: Sop, a) => this.checkActorsUsed(n, a)),
                g('actorLabels', (n: Sop, a) => this.checkDuplicateLabels(n, a)),
                g('actorCount', (n: Sop, a) => this.checkActorCount(n, a)),
            ],
            Actor: [g('personalName', (n: Actor, a) => this.checkPersonalName(n, a))],
            Step: [
                g('stepActor', (n: Step, a) => this.checkStepHasActor(n, a)),
                g('jointActors', (n: Step, a) => this.checkJointActors(n, a)),
            ],
        };
    }

    checkStepHasActor(step: Step, accept: ValidationAcceptor): void {
        if (!stepActor(step) && step.cells.length === 0) this.r.report(accept, IssueCodes.MissingActor, { node: step, property: 'name' });
    }

    checkActorsUsed(sop: Sop, accept: ValidationAcceptor): void {
        const used = new Set<string>();
        for (const step of sop.steps) {
            for (const actor of step.byActors) used.add(actor.$refText);
            for (const co of step.coActors) used.add(co.$refText);
            for (const cell of step.cells) if (cell.actor) used.add(cell.actor.$refText);
        }
        const severity = statusSeverity(sop);
        for (const actor of sop.actors) {
            if (actor.name && !used.has(actor.name)) {
                this.r.report(accept, IssueCodes.ActorUnused, { node: actor, property: 'name' }, [actor.name], { severity });
            }
        }
    }

    checkDuplicateLabels(sop: Sop, accept: ValidationAcceptor): void {
        const seen = new Map<string, number>();
        const groupOf = actorGroups(sop);
        for (const actor of sop.actors) {
            // The same jabatan under two groups (Satker Penerima / Satker Pengirim) is two columns.
            const label = (actor.label ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
            const key = label && `${groupOf.get(actor) ?? ''}\u0000${label}`;
            if (!key) continue;
            const line = seen.get(key);
            if (line === undefined) seen.set(key, (actor.$cstNode?.range.start.line ?? 0) + 1);
            else this.r.report(accept, IssueCodes.ActorDuplicateLabel, { node: actor, property: 'label' }, [actor.label, line]);
        }
    }

    checkActorCount(sop: Sop, accept: ValidationAcceptor): void {
        if (sop.steps.length > 0 && sop.actors.length < 2) {
            this.r.report(accept, IssueCodes.TooFewActors, sop.actors.length === 1 ? { node: sop.actors[0], property: 'name' } : { node: sop, property: 'name' });
        }
        if (sop.actors.length > MAX_ACTORS) {
            this.r.report(accept, IssueCodes.TooManyActors, { node: sop.actors[MAX_ACTORS], property: 'name' });
        }
    }

    checkPersonalName(actor: Actor, accept: ValidationAcceptor): void {
        if (actor.label && looksLikePersonalName(actor.label)) {
            this.r.report(accept, IssueCodes.ActorPersonalName, { node: actor, property: 'label' }, [actor.label]);
        }
    }

    checkJointActors(step: Step, accept: ValidationAcceptor): void {
        if (step.coActors.length === 0) return;
        const main = stepActor(step);
        const seen = new Set<string>(main ? [main.$refText] : []);
        step.coActors.forEach((co, index) => {
            if (!seen.has(co.$refText)) {
                seen.add(co.$refText);
                return;
            }
            this.r.report(accept, IssueCodes.JointActorRepeated, { node: step, property: 'coActors', index }, [co.$refText]);
        });
    }
}

/** The group (`kelompok`) each actor is declared under: the last one written before it. */
function actorGroups(sop: Sop): Map<AstNode, string> {
    const groups = [...sop.groups].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    const result = new Map<AstNode, string>();
    for (const actor of sop.actors) {
        const offset = actor.$cstNode?.offset ?? 0;
        const group = groups.filter(g => (g.$cstNode?.offset ?? 0) < offset).at(-1);
        if (group) result.set(actor, group.name);
    }
    return result;
}
