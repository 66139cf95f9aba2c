/** Stable diagnostic codes. Quick fixes, tests and severity settings key on these, never on text. */
export namespace IssueCodes {
    export const DuplicateName = 'duplicate-name';
    export const DuplicateClause = 'duplicate-clause';
    export const DecisionMissingBranch = 'decision-missing-branch';
    export const BranchOnNonDecision = 'branch-on-non-decision';
    export const UnknownUnit = 'waktu-unknown-unit';
    export const InvalidDate = 'invalid-date';
    export const InvalidPaper = 'invalid-paper';
    export const MissingActor = 'step-missing-actor';
}
