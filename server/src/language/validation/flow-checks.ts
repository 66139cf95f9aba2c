import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Branch, Sop, SopAstType, Step, SymbolRef } from '../generated/ast.js';
import { isBranch, isEnd, isNext } from '../generated/ast.js';
import { IssueCodes, type IssueCode } from '../../protocol/sop-issue-codes.js';
import { stepKindOf } from '../sop-ast-utils.js';
import { kw } from '../../vocabulary/sop-vocabulary.js';
import { languageOf } from '../file-language.js';
import { branchKind, type SymbolSource } from '../flow-builder.js';
import type { Edge, FlowSymbol, SopDocument } from '../../model/sop-document.js';
import { rowNumberOf, type SopAnalysisCache } from './sop-analysis.js';
import type { NodeInfo, SopReporter } from './sop-reporter.js';
import { isBareStartOrEnd, optionalPhrase } from './text-heuristics.js';
import { stepActor } from '../sop-clauses.js';

/** Above this many steps, suggest splitting into micro SOPs (format reference §10.3). */
export const MAX_STEPS = 25;

/** Which kind the message (and its quick fix) turns a step into, and from which kind it may. */
export const TO_TERMINATOR = { from: 'process', to: 'terminator' } as const;
export const TO_PROCESS = { from: 'terminator', to: 'step' } as const;
type KindSwap = typeof TO_TERMINATOR | typeof TO_PROCESS;

/**
 * Steps and flow rules (format reference §10.3, §5.2–5.4), at the level of symbols: a row may hold
 * several symbols, arrows run between symbols, and there may be several starts and ends.
 */
export class FlowChecks {
    constructor(private readonly r: SopReporter, private readonly analysis: SopAnalysisCache) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Sop: [
                g('stepCount', (n: Sop, a) => this.checkStepCount(n, a)),
                g('terminators', (n: Sop, a) => this.checkTerminators(n, a)),
                g('reachability', (n: Sop, a) => this.checkReachability(n, a)),
                g('jointTargets', (n: Sop, a) => this.checkJointTargets(n, a)),
                g('optional', (n: Sop, a) => this.checkOptionalWithoutDecision(n, a)),
            ],
            Step: [
                g('symbols', (n: Step, a) => this.checkSymbols(n, a)),
                g('bareStartEnd', (n: Step, a) => this.checkBareStartEnd(n, a)),
            ],
        };
    }

    checkStepCount(sop: Sop, accept: ValidationAcceptor): void {
        if (sop.steps.length === 0) this.r.report(accept, IssueCodes.NoSteps, { node: sop, property: 'name' });
        if (sop.steps.length > MAX_STEPS) {
            this.r.report(accept, IssueCodes.TooManySteps, { node: sop, property: 'name' }, [sop.steps.length, MAX_STEPS]);
        }
    }

    /** The first row starts with a terminator, the last row ends with one, and middle terminators start or end a path. */
    checkTerminators(sop: Sop, accept: ValidationAcceptor): void {
        const steps = sop.steps;
        if (steps.length === 0) return;
        const model = this.analysis.model(sop);
        const flowOf = (i: number) => model.steps[i].symbols.filter(y => y.role === 'flow');
        if (!flowOf(0).some(y => y.kind === 'terminator')) this.reportKind(accept, IssueCodes.FirstStepNotTerminator, steps[0], TO_TERMINATOR);
        const lastIndex = steps.length - 1;
        if (lastIndex > 0) {
            const last = flowOf(lastIndex);
            if (last.every(y => y.kind === 'decision')) this.r.report(accept, IssueCodes.DecisionLastRow, { node: steps[lastIndex], property: 'kind' });
            else if (!last.some(y => y.kind === 'terminator') && !this.endsExplicitly(steps[lastIndex])) {
                this.reportKind(accept, IssueCodes.LastStepNotTerminator, steps[lastIndex], TO_TERMINATOR);
            }
        }
        for (let i = 1; i < lastIndex; i++) {
            for (const y of model.steps[i].symbols) {
                if (y.role !== 'flow') continue;
                if (y.isEnd && y.kind === 'process' && y.id === model.steps[i].entry) this.reportKind(accept, IssueCodes.EndStepNotTerminator, steps[i], TO_TERMINATOR);
                if (!y.isEnd && !y.isStart && y.kind === 'terminator') {
                    if (y.id === model.steps[i].entry) this.reportKind(accept, IssueCodes.TerminatorInMiddle, steps[i], TO_PROCESS);
                    else this.r.report(accept, IssueCodes.TerminatorInMiddle, this.symbolInfo(sop, model, y), [kw('terminator', model.language), kw('step', model.language)]);
                }
            }
        }
    }

    private endsExplicitly(step: Step): boolean {
        return step.ends.length > 0;
    }

    private reportKind(accept: ValidationAcceptor, code: IssueCode, step: Step, swap: KindSwap): void {
        this.r.report(accept, code, { node: step, property: 'kind' }, [step.kind, kw(swap.to, languageOf(step))]);
    }

    /** Where a symbol's diagnostics go: its `sel` clause, or the step's name. */
    private symbolInfo(sop: Sop, model: SopDocument, symbol: FlowSymbol): NodeInfo {
        const step = sop.steps[symbol.step - 1];
        const cell = step?.cells.find(c => c.actor?.ref?.name === symbol.actor);
        if (cell && symbol.id !== model.steps[symbol.step - 1]?.entry) return { node: cell, property: 'actor' };
        if (cell && !stepActor(step)) return { node: cell, property: 'actor' };
        return { node: step ?? sop, property: 'name' };
    }

    checkReachability(sop: Sop, accept: ValidationAcceptor): void {
        if (sop.steps.length === 0) return;
        const model = this.analysis.model(sop);
        const flow = this.analysis.flow(sop);
        const byId = new Map(flow.nodes.map(y => [y.id, y]));
        const info = (id: string) => this.symbolInfo(sop, model, byId.get(id)!);
        const label = (id: string) => byId.get(id)?.actor ?? id;
        const inCycle = new Set<string>();
        for (const cycle of flow.cyclesWithoutDecision) {
            cycle.forEach(k => inCycle.add(k));
            const names = [...new Set(cycle.map(id => sop.steps[byId.get(id)!.step - 1]?.name))];
            this.r.report(accept, IssueCodes.CycleWithoutDecision, info(cycle[0]), [names.join(', ')]);
        }
        const isolated = new Set(flow.isolated);
        for (const id of flow.isolated) this.r.report(accept, IssueCodes.SymbolIsolated, info(id), [label(id)]);
        const selfLoops = new Set(flow.selfLoops);
        for (const id of flow.unreachable) if (!isolated.has(id)) this.r.report(accept, IssueCodes.StepUnreachable, info(id));
        for (const id of flow.cannotReachEnd) {
            // Endless loops, self-loops and isolated symbols are reported once, by their own rule.
            if (inCycle.has(id) || selfLoops.has(id) || isolated.has(id)) continue;
            this.r.report(accept, IssueCodes.StepCannotReachEnd, info(id));
        }
    }

    /** An arrow that ends in a joint (`bersama`) box leads nowhere: joint boxes have no exits. */
    checkJointTargets(sop: Sop, accept: ValidationAcceptor): void {
        const model = this.analysis.model(sop);
        const joined = new Map(model.steps.flatMap(s => s.symbols.filter(y => y.role === 'joined').map(y => [y.id, y] as const)));
        if (joined.size === 0) return;
        const check = (ref: SymbolRef | undefined) => {
            if (!ref?.actor?.ref || !ref.step?.ref) return;
            const id = `${ref.step.ref.name}.${ref.actor.ref.name}`;
            if (joined.has(id)) this.r.report(accept, IssueCodes.ArrowIntoJointBox, { node: ref, property: 'actor' }, [ref.actor.$refText]);
        };
        for (const step of sop.steps) {
            for (const next of step.nexts) for (const ref of next.targets) check(ref);
            for (const branch of step.branches) check(branch.target);
        }
    }

    /** "apabila diperlukan" on a row that no decision leads to: the condition is not drawn. */
    checkOptionalWithoutDecision(sop: Sop, accept: ValidationAcceptor): void {
        const model = this.analysis.model(sop);
        const fromDecision = new Set<number>();
        const kindOf = new Map(model.steps.flatMap(s => s.symbols.map(y => [y.id, y.kind] as const)));
        for (const e of model.edges) if (kindOf.get(e.fromSymbol) === 'decision') fromDecision.add(e.to);
        sop.steps.forEach((step, i) => {
            const phrase = step.activity ? optionalPhrase(step.activity) : undefined;
            if (phrase && !fromDecision.has(i + 1) && stepKindOf(step.kind) !== 'decision') {
                this.r.report(accept, IssueCodes.OptionalWithoutDecision, { node: step, property: 'activity' }, [phrase]);
            }
        });
    }

    /** Per symbol of the row: its exits fit its kind, decisions really decide, no arrow back at itself. */
    checkSymbols(step: Step, accept: ValidationAcceptor): void {
        const number = rowNumberOf(step);
        // Read once by the model builder (a second read per row cost as much as the model's).
        const { flow, duplicates } = this.analysis.symbolSources(step.$container, number);
        for (const cell of duplicates) this.r.report(accept, IssueCodes.CellDuplicate, { node: cell, property: 'actor' }, [cell.actor.$refText]);
        const edges = this.analysis.explicitEdgesFrom(step.$container, number);
        for (const source of flow) {
            const out = edges.filter(e => e.fromSymbol === source.symbol.id);
            if (source.symbol.kind === 'decision') this.checkDecision(step, source, out, accept);
            else this.checkPlainExits(source, accept);
            for (const e of out) {
                if (e.toSymbol === e.fromSymbol) this.reportSelfLoop(source, e, accept);
            }
        }
    }

    private checkPlainExits(source: SymbolSource, accept: ValidationAcceptor): void {
        for (const b of source.exits.filter(isBranch)) this.r.report(accept, IssueCodes.BranchOnNonDecision, { node: b, property: b.polarity ? 'polarity' : 'target' });
        const end = source.exits.find(isEnd);
        if (end && source.exits.some(isNext)) this.r.report(accept, IssueCodes.NextAndEnd, { node: end });
    }

    private reportSelfLoop(source: SymbolSource, e: Edge, accept: ValidationAcceptor): void {
        const clause = source.exits.find(x => (isNext(x) || isBranch(x)) && x.$cstNode && e.range
            && x.$cstNode.range.start.line <= e.range.start.line && x.$cstNode.range.end.line >= e.range.end.line);
        this.r.report(accept, IssueCodes.SelfLoop, clause ? { node: clause } : { node: source.node, property: 'name' });
    }

    /** A decision needs two or more exits to different symbols; Ya/Tidak each at most once. */
    private checkDecision(step: Step, source: SymbolSource, out: Edge[], accept: ValidationAcceptor): void {
        for (const end of source.exits.filter(isEnd)) {
            this.r.report(accept, IssueCodes.NextOnDecision, { node: end }, [kw('end', languageOf(step))]);
        }
        const branches = source.exits.filter(isBranch);
        const yes = branches.filter(b => branchKind(b) === 'yes');
        const no = branches.filter(b => branchKind(b) === 'no');
        for (const b of branches) {
            if (b.label !== undefined && !b.label.trim()) this.r.report(accept, IssueCodes.DecisionEmptyLabel, { node: b, property: 'label' });
        }
        for (const group of [yes, no]) {
            for (const extra of group.filter((b, i) => group.findIndex(o => sameLabel(o, b)) !== i)) {
                this.r.report(accept, IssueCodes.DecisionExtraBranch, { node: extra, property: 'polarity' }, [extra.polarity ?? '']);
            }
        }
        const targets = new Set(out.map(e => e.toSymbol));
        const written = source.exits.filter(x => isBranch(x) || isNext(x)).length;
        this.checkLabels(yes, no, accept);
        if (targets.size >= 2 || out.length < written) return;
        const named = branches.filter(b => branchKind(b) === 'branch').length + source.exits.filter(isNext).length;
        if (yes.length === 0 && named === 0) this.reportMissingBranch(accept, step, 'Ya', 'yes', no[0]);
        else if (no.length === 0 && named === 0) this.reportMissingBranch(accept, step, 'Tidak', 'no', yes[0]);
        else if (out.length >= 2) {
            const last = branches[branches.length - 1];
            this.r.report(accept, IssueCodes.DecisionSameTarget, last ? { node: last, property: 'target' } : { node: source.node },
                [last?.target?.step?.$refText ?? out[0].toSymbol]);
        } else this.reportMissingBranch(accept, step, 'Tidak', 'no', yes[0]);
    }

    private checkLabels(yes: Branch[], no: Branch[], accept: ValidationAcceptor): void {
        if (yes.length !== 1 || no.length !== 1) return;
        const label = (b: Branch, fallback: string) => (b.label ?? fallback).trim().toLowerCase();
        if (label(yes[0], 'Ya') && label(yes[0], 'Ya') === label(no[0], 'Tidak')) {
            this.r.report(accept, IssueCodes.DecisionSameLabels, { node: no[0], property: 'label' }, [no[0].label ?? '']);
        }
    }

    /**
     * The message names the clause in the file's language (`tidak ke` / `no to`); the quick fix
     * needs the polarity and the step the other branch already takes, which the row alone does not
     * tell when the decision sits in a `sel`.
     */
    private reportMissingBranch(accept: ValidationAcceptor, step: Step, label: string, polarity: 'yes' | 'no', other: Branch | undefined): void {
        const lang = languageOf(step);
        const taken = other?.target?.step?.$refText;
        this.r.report(accept, IssueCodes.DecisionMissingBranch, { node: step, property: 'name' }, [label, `${kw(polarity, lang)} ${kw('to', lang)}`],
            { fix: taken ? { polarity, taken } : { polarity } });
    }

    checkBareStartEnd(step: Step, accept: ValidationAcceptor): void {
        if (step.activity !== undefined && isBareStartOrEnd(step.activity)) {
            this.r.report(accept, IssueCodes.EmptyStartEndRow, { node: step, property: 'activity' }, [step.activity.trim()]);
        }
    }
}

function sameLabel(a: Branch, b: Branch): boolean {
    return (a.label ?? '').trim().toLowerCase() === (b.label ?? '').trim().toLowerCase();
}
