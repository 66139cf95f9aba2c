import { GrammarUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { diagnosticData } from 'langium';
import type { DateValue, Duration, PaperField, Sop, SopAstType, Step } from './generated/ast.js';
import { IssueCodes } from './sop-issue-codes.js';
import { registerMessages, type SopMessages } from './sop-messages.js';
import type { SopServices } from './sop-module.js';
import { parseUnit } from '../model/duration.js';
import { monthNumber, isoDate, parseIso } from '../model/dates.js';
import { paperOf, stepKindOf } from '../model/sop-model-builder.js';

registerMessages({
    [IssueCodes.DuplicateName]: {
        id: 'Nama "{0}" sudah dipakai di baris {1}. Beri nama lain agar rujukan tidak tertukar.',
        en: 'The name "{0}" is already used on line {1}. Choose another name so references stay unambiguous.',
    },
    [IssueCodes.DuplicateClause]: {
        id: '"{0}" ditulis lebih dari sekali pada langkah ini; hanya yang terakhir dipakai. Hapus salah satunya.',
        en: '"{0}" is written more than once in this step; only the last one counts. Remove one of them.',
    },
    [IssueCodes.DecisionMissingBranch]: {
        id: 'Keputusan harus punya cabang "{0}". Tambahkan `{1} ke <langkah>`.',
        en: 'A decision needs a "{0}" branch. Add `{1} to <step>`.',
    },
    [IssueCodes.BranchOnNonDecision]: {
        id: 'Cabang ya/tidak hanya untuk keputusan. Ubah langkah ini menjadi `keputusan` atau pakai `lanjut ke`.',
        en: 'Yes/no branches belong to decisions. Make this step a `decision` or use `next to`.',
    },
    [IssueCodes.UnknownUnit]: {
        id: 'Satuan waktu "{0}" tidak dikenal. Pakai menit, jam, hari, hari kerja, minggu, bulan, atau tahun.',
        en: 'Unknown time unit "{0}". Use menit, jam, hari, hari kerja, minggu, bulan or tahun (or minutes, hours, days, working days, weeks, months, years).',
    },
    [IssueCodes.InvalidDate]: {
        id: 'Tanggal "{0}" tidak ada di kalender. Tulis seperti 2025-02-03 atau 3 Februari 2025.',
        en: 'The date "{0}" does not exist. Write it like 2025-02-03 or 3 February 2025.',
    },
    [IssueCodes.InvalidPaper]: {
        id: 'Ukuran kertas "{0}" tidak dikenal. Pilih A4, F4, Letter, atau Legal.',
        en: 'Unknown paper size "{0}". Choose A4, F4, Letter or Legal.',
    },
    [IssueCodes.MissingActor]: {
        id: 'Langkah ini belum punya pelaksana. Tambahkan `oleh <pelaksana>`.',
        en: 'This step has no actor. Add `by <actor>`.',
    },
});

export function registerValidationChecks(services: SopServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SopValidator;
    const checks: ValidationChecks<SopAstType> = {
        Sop: [validator.checkUniqueNames],
        Step: [validator.checkDuplicateClauses, validator.checkBranches, validator.checkActor],
        Duration: [validator.checkUnit],
        DateValue: [validator.checkDate],
        PaperField: [validator.checkPaper],
    };
    registry.register(checks, validator);
}

/**
 * Structural checks every later feature relies on. Each method checks one rule, reports on the
 * exact property at fault, and carries a stable code (`data: diagnosticData(code)` lets quick
 * fixes and `testCodeAction` find it).
 */
export class SopValidator {
    constructor(private readonly messages: SopMessages) {}

    private report(accept: ValidationAcceptor, severity: 'error' | 'warning' | 'info', code: string,
        info: Parameters<ValidationAcceptor>[2], ...args: Array<string | number>): void {
        accept(severity, this.messages.format(code, ...args), { ...info, code, data: diagnosticData(code) });
    }

    checkUniqueNames(sop: Sop, accept: ValidationAcceptor): void {
        for (const list of [sop.actors, sop.steps] as const) {
            const seen = new Map<string, number>();
            for (const node of list) {
                if (!node.name) continue;
                const first = seen.get(node.name);
                if (first === undefined) seen.set(node.name, (node.$cstNode?.range.start.line ?? 0) + 1);
                else this.report(accept, 'error', IssueCodes.DuplicateName, { node, property: 'name' }, node.name, first);
            }
        }
    }

    checkDuplicateClauses(step: Step, accept: ValidationAcceptor): void {
        if (!step.$cstNode) return;
        for (const property of ['actor', 'question', 'duration', 'output', 'next', 'end']) {
            const nodes = GrammarUtils.findNodesForProperty(step.$cstNode, property);
            for (const cst of nodes.slice(0, -1)) {
                this.report(accept, 'warning', IssueCodes.DuplicateClause, { node: step, range: cst.range }, property);
            }
        }
    }

    checkBranches(step: Step, accept: ValidationAcceptor): void {
        if (stepKindOf(step.kind) !== 'decision') {
            for (const b of step.branches) {
                this.report(accept, 'error', IssueCodes.BranchOnNonDecision, { node: b, property: 'polarity' });
            }
            return;
        }
        const english = step.kind === 'decision';
        const has = (p: string[]) => step.branches.some(b => p.includes(b.polarity));
        if (!has(['ya', 'yes'])) {
            this.report(accept, 'error', IssueCodes.DecisionMissingBranch, { node: step, property: 'name' }, 'Ya', english ? 'yes' : 'ya');
        }
        if (!has(['tidak', 'no'])) {
            this.report(accept, 'error', IssueCodes.DecisionMissingBranch, { node: step, property: 'name' }, 'Tidak', english ? 'no' : 'tidak');
        }
    }

    checkActor(step: Step, accept: ValidationAcceptor): void {
        if (!step.actor) this.report(accept, 'error', IssueCodes.MissingActor, { node: step, property: 'name' });
    }

    checkUnit(duration: Duration, accept: ValidationAcceptor): void {
        if (duration.none || duration.text !== undefined || duration.unit.length === 0) return;
        const text = duration.unit.join(' ');
        if (!parseUnit(text)) this.report(accept, 'warning', IssueCodes.UnknownUnit, { node: duration, property: 'unit' }, text);
    }

    checkDate(value: DateValue, accept: ValidationAcceptor): void {
        if (value.empty) return;
        const ok = value.iso !== undefined
            ? parseIso(value.iso)
            : isoDate(Number(value.year), monthNumber(value.month ?? '') ?? 0, Number(value.day));
        if (!ok) {
            const written = value.iso ?? `${value.day} ${value.month} ${value.year}`;
            this.report(accept, 'error', IssueCodes.InvalidDate, { node: value }, written);
        }
    }

    checkPaper(field: PaperField, accept: ValidationAcceptor): void {
        if (field.size && !paperOf(field.size)) {
            this.report(accept, 'error', IssueCodes.InvalidPaper, { node: field, property: 'size' }, field.size);
        }
    }
}
