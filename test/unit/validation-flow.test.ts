import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { analyseFlow, stronglyConnectedComponents } from '../../server/src/model/flow-analysis.js';
import { cleanWith, CLEAN_SOP } from '../fixtures/clean-sop.js';
import { validationKit, type RuleCase } from '../support/validation-kit.js';

const kit = validationKit();
const MID = `langkah arsip "Mengarsipkan surat" oleh admin
    kelengkapan "Agenda surat"
    waktu 5 menit
    output "Arsip surat"
`;
/** The clean SOP with one more process row `arsip` before the last step. */
const withMid = (...changes: Array<[string, string]>) => cleanWith(['kapsul catat', MID + 'kapsul catat'], ...changes);

const CASES: RuleCase[] = [
    { name: 'first row is a process', code: IssueCodes.FirstStepNotTerminator, severity: 'warning', text: cleanWith(['kapsul terima', 'langkah terima']) },
    { name: 'last row is a process', code: IssueCodes.LastStepNotTerminator, severity: 'warning', text: cleanWith(['kapsul catat', 'langkah catat']) },
    { name: 'a process that ends the flow (a hint: a box may end a branch)', code: IssueCodes.EndStepNotTerminator, severity: 'hint', text: withMid(['output "Arsip surat"', 'output "Arsip surat"\n    selesai'], ['ya ke catat', 'ya ke arsip']) },
    { name: 'a terminator in the middle that continues', code: IssueCodes.TerminatorInMiddle, severity: 'warning', text: withMid(['langkah arsip', 'kapsul arsip'], ['ya ke catat', 'ya ke arsip'], ['output "Arsip surat"', 'output "Arsip surat"\n    lanjut ke catat']) },
    { name: 'a bare Mulai row', code: IssueCodes.EmptyStartEndRow, severity: 'warning', text: cleanWith(['kapsul terima "Menerima surat masuk"', 'kapsul terima "Mulai"']) },
    { name: 'decision without tidak', code: IssueCodes.DecisionMissingBranch, severity: 'error', text: cleanWith(['    tidak ke terima\n', '']) },
    { name: 'decision with two ya', code: IssueCodes.DecisionExtraBranch, severity: 'error', text: cleanWith(['    tidak ke terima\n', '    tidak ke terima\n    ya ke terima\n']) },
    { name: 'both branches to one step', code: IssueCodes.DecisionSameTarget, severity: 'error', text: cleanWith(['tidak ke terima', 'tidak ke catat']) },
    { name: 'empty branch label', code: IssueCodes.DecisionEmptyLabel, severity: 'error', text: cleanWith(['ya ke catat', 'ya "" ke catat']) },
    { name: 'same labels on both branches', code: IssueCodes.DecisionSameLabels, severity: 'error', text: cleanWith(['ya ke catat', 'ya "Tidak" ke catat']) },
    { name: 'decision as the last row', code: IssueCodes.DecisionLastRow, severity: 'warning', text: cleanWith(['kapsul catat "Mencatat surat" oleh admin', 'keputusan catat "Mencatat surat" oleh admin\n    ya ke terima\n    tidak ke periksa']) },
    { name: 'ya on a plain step', code: IssueCodes.BranchOnNonDecision, severity: 'error', text: cleanWith(['output "Surat diterima"', 'output "Surat diterima"\n    ya ke periksa']) },
    { name: 'selesai on a decision', code: IssueCodes.NextOnDecision, severity: 'error', text: cleanWith(['    tidak ke terima\n', '    tidak ke terima\n    selesai\n']) },
    { name: 'lanjut ke together with selesai', code: IssueCodes.NextAndEnd, severity: 'error', text: withMid(['output "Arsip surat"', 'output "Arsip surat"\n    lanjut ke catat\n    selesai']) },
    { name: 'a step pointing at itself', code: IssueCodes.SelfLoop, severity: 'error', text: withMid(['output "Arsip surat"', 'output "Arsip surat"\n    lanjut ke arsip']) },
    { name: 'a decision branch pointing at itself', code: IssueCodes.SelfLoop, severity: 'error', text: cleanWith(['tidak ke terima', 'tidak ke periksa']) },
    { name: 'a row nothing leads to', code: IssueCodes.StepUnreachable, severity: 'error', text: withMid() },
    { name: 'a loop with no exit through a decision', code: IssueCodes.StepCannotReachEnd, severity: 'error', text: withMid(['ya ke catat', 'ya ke arsip'], ['output "Arsip surat"', 'output "Arsip surat"\n    lanjut ke periksa']) },
    { name: 'a loop without decision', code: IssueCodes.CycleWithoutDecision, severity: 'error', text: withMid(['ya ke catat', 'ya ke arsip'], ['tidak ke terima', 'tidak ke catat'], ['output "Arsip surat"', `output "Arsip surat"\n    lanjut ke ulang\nlangkah ulang "Mengulang arsip" oleh admin\n    lanjut ke arsip`]) },
    { name: 'unknown step in lanjut ke', code: IssueCodes.UnresolvedStep, severity: 'error', text: withMid(['output "Arsip surat"', 'output "Arsip surat"\n    lanjut ke hilang']) },
    { name: 'duplicate step name', code: IssueCodes.DuplicateName, severity: 'error', text: cleanWith(['kapsul catat', 'kapsul terima']) },
    { name: 'clause written twice', code: IssueCodes.DuplicateClause, severity: 'warning', text: cleanWith(['output "Agenda surat"', 'output "Agenda"\n    output "Agenda surat"']) },
    { name: 'no steps at all', code: IssueCodes.NoSteps, severity: 'warning', text: CLEAN_SOP.slice(0, CLEAN_SOP.indexOf('kapsul terima')) },
    { name: 'more than 25 steps', code: IssueCodes.TooManySteps, severity: 'info', text: cleanWith(['kapsul catat', Array.from({ length: 24 }, (_, i) => `langkah l${i} "Mengerjakan tahap ${i}" oleh admin\n`).join('') + 'kapsul catat'], ['ya ke catat', 'ya ke l0']) },
];

describe('validation: steps and flow', () => {
    for (const c of CASES) it(`${c.code}: ${c.name}`, () => kit.expectRule(c));

    it('the clean SOP has none of these', async () => {
        for (const code of new Set(CASES.map(c => c.code))) await kit.expectAbsent(CLEAN_SOP, code);
    });

    it('an endless loop is reported once, as a cycle, not again as unable to end', async () => {
        const result = await kit.validate(CASES.find(c => c.code === IssueCodes.CycleWithoutDecision)!.text);
        const codes = result.diagnostics.map(d => d.code);
        assert.equal(codes.filter(c => c === IssueCodes.CycleWithoutDecision).length, 1);
        assert.ok(!codes.includes(IssueCodes.StepCannotReachEnd), codes.join());
    });

    it('flow analysis: reachability, ends and cycles on a plain model', () => {
        const step = (number: number, kind: 'process' | 'decision' | 'terminator' = 'process') => ({
            number, kind, entry: `s${number}`,
            symbols: [{ id: `s${number}`, step: number, kind, role: 'flow', isStart: number === 1, isEnd: false }],
        } as never);
        const edge = (from: number, to: number) => ({ from, to, fromSymbol: `s${from}`, toSymbol: `s${to}`, kind: 'next', implicit: false } as never);
        const flow = analyseFlow({
            steps: [step(1, 'terminator'), step(2, 'decision'), step(3), step(4), step(5), step(6, 'terminator')],
            edges: [edge(1, 2), edge(2, 3), edge(2, 6), edge(3, 2), edge(4, 5), edge(5, 4)],
        });
        assert.deepEqual(flow.ends, ['s6']);
        assert.deepEqual(flow.unreachable, ['s4', 's5']);
        assert.deepEqual(flow.cannotReachEnd, ['s4', 's5']);
        assert.deepEqual(flow.cyclesWithoutDecision, [['s4', 's5']]);
    });

    it('strongly connected components are found iteratively on 20,000 nodes', () => {
        const n = 20000;
        const succ = Array.from({ length: n }, (_, k) => [(k + 1) % n]);
        const components = stronglyConnectedComponents(n, succ);
        assert.equal(components.length, 1);
        assert.equal(components[0].length, n);
    });
});
