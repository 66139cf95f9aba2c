import type { Reference } from 'langium';
import type { Actor, ApproverField, Duration, Step } from './generated/ast.js';

/**
 * The value of each single-valued clause, read from the lists the grammar keeps (see sop.langium:
 * clauses come in any order, so a second one parses and the validator reports it). The last
 * writing counts, as it did when the grammar overwrote the property; the duplicate checks and
 * their quick fixes name and remove the earlier ones.
 */

/** The actor of the `oleh` clause. */
export function stepActor(step: Step): Reference<Actor> | undefined {
    return step.byActors.at(-1);
}

/** The decision question or terminator text (`pertanyaan` / `teks`). */
export function stepQuestion(step: Step): string | undefined {
    return step.questions.at(-1);
}

/** The `waktu` clause. */
export function stepDuration(step: Step): Duration | undefined {
    return step.durations.at(-1);
}

/** The first item of the `output` clause; further items are in `step.outputs`. */
export function stepOutput(step: Step): string | undefined {
    return step.firstOutputs.at(-1);
}

/** `halaman baru`: the row starts a new page. */
export function startsNewPage(step: Step): boolean {
    return step.pageBreaks.length > 0;
}

export function approverPosition(approver: ApproverField): string | undefined {
    return approver.positions.at(-1);
}

export function approverName(approver: ApproverField): string | undefined {
    return approver.names.at(-1);
}

export function approverNip(approver: ApproverField): string | undefined {
    return approver.nips.at(-1);
}

export function approverRank(approver: ApproverField): string | undefined {
    return approver.ranks.at(-1);
}

/** `tte` / `esign`: signed electronically (a QR code, usually no NIP). */
export function signedElectronically(approver: ApproverField): boolean {
    return approver.electronicMarks.length > 0;
}
