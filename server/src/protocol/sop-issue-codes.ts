/** Stable diagnostic codes: the public contract (diagnostics, SARIF, severity settings). Quick fixes, tests and settings key on these, never on text. */
export namespace IssueCodes {
    // ---- structure (grammar-level consistency)
    export const UnknownKeyword = 'unknown-keyword';
    export const DuplicateName = 'duplicate-name';
    export const DuplicateClause = 'duplicate-clause';
    export const InvalidDate = 'invalid-date';
    export const InvalidPaper = 'invalid-paper';
    export const UnresolvedActor = 'unresolved-actor';
    export const UnresolvedStep = 'unresolved-step';
    export const UnresolvedSymbol = 'unresolved-symbol';
    export const UnresolvedSop = 'unresolved-sop';
    export const NotUtf8 = 'not-utf8';

    // ---- identity sheet
    export const IdentityFieldMissing = 'identity-field-missing';
    export const IdentityListMissing = 'identity-list-missing';
    export const DuplicateField = 'duplicate-field';
    export const ListDuplicateItem = 'list-duplicate-item';
    export const NipInvalidFormat = 'nip-invalid-format';
    export const NipInvalidBirthDate = 'nip-invalid-birth-date';
    export const NipInvalidTmt = 'nip-invalid-tmt';
    export const NipInvalidGender = 'nip-invalid-gender';
    export const NipNotGrouped = 'nip-not-grouped';
    export const DateOrder = 'date-order';
    export const LegalBasisNotCitation = 'legal-basis-not-citation';
    export const LegalBasisOrder = 'legal-basis-order';
    export const LegalBasisRepealed = 'legal-basis-repealed';
    export const RelatedIsRegulation = 'related-is-regulation';
    export const WarningBoilerplate = 'warning-boilerplate';
    export const DuplicateNumber = 'duplicate-number';
    export const TitleStartsWithSop = 'title-starts-with-sop';
    export const InvalidConfig = 'invalid-config';

    // ---- actors (pelaksana)
    export const MissingActor = 'step-missing-actor';
    export const ActorUnused = 'actor-unused';
    export const ActorDuplicateLabel = 'actor-duplicate-label';
    export const TooFewActors = 'too-few-actors';
    export const TooManyActors = 'too-many-actors';
    export const ActorPersonalName = 'actor-personal-name';
    export const JointActorRepeated = 'joint-actor-repeated';

    // ---- steps and flow
    export const FirstStepNotTerminator = 'first-step-not-terminator';
    export const LastStepNotTerminator = 'last-step-not-terminator';
    export const EndStepNotTerminator = 'end-step-not-terminator';
    export const TerminatorInMiddle = 'terminator-in-middle';
    export const EmptyStartEndRow = 'empty-start-end-row';
    export const DecisionMissingBranch = 'decision-missing-branch';
    export const DecisionExtraBranch = 'decision-extra-branch';
    export const DecisionSameTarget = 'decision-same-target';
    export const DecisionEmptyLabel = 'decision-empty-label';
    export const DecisionSameLabels = 'decision-same-labels';
    export const DecisionLastRow = 'decision-last-row';
    export const BranchOnNonDecision = 'branch-on-non-decision';
    export const NextOnDecision = 'next-on-decision';
    export const NextAndEnd = 'next-and-end';
    export const SelfLoop = 'self-loop';
    export const StepUnreachable = 'step-unreachable';
    export const SymbolIsolated = 'symbol-isolated';
    export const ArrowIntoJointBox = 'arrow-into-joint-box';
    export const CellDuplicate = 'cell-duplicate';
    export const OptionalWithoutDecision = 'optional-without-decision';
    export const StepCannotReachEnd = 'step-cannot-reach-end';
    export const CycleWithoutDecision = 'cycle-without-decision';
    export const NoSteps = 'no-steps';
    export const TooManySteps = 'too-many-steps';

    // ---- mutu baku
    export const MissingRequirements = 'mutu-baku-missing-requirements';
    export const MissingDuration = 'mutu-baku-missing-duration';
    export const MissingOutput = 'mutu-baku-missing-output';
    export const NotesOnlyNumber = 'keterangan-only-number';
    export const MissingNotes = 'keterangan-missing';
    export const UnknownUnit = 'waktu-unknown-unit';
    export const DurationFreeText = 'waktu-free-text';
    export const OutputNotNounPhrase = 'output-not-noun-phrase';
    export const OutputNotReused = 'output-not-reused';

    // ---- writing style
    export const ActivityNotActiveVerb = 'activity-not-active-verb';
    export const ActivityPassive = 'activity-passive';
    export const ActivityStartsWithActor = 'activity-starts-with-actor';
    export const ActivityCompound = 'activity-compound';
    export const TextTooLong = 'text-too-long';
}

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

/** Severity of a rule; `off` silences it. */
/** `hint` is the softest level: a faint mark in the editor, listed by the CLI only with `--hints`. */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

/**
 * Default severity of every rule (section 10 of the format reference). Rules marked in the
 * comments depend on `status`: they are warnings in a draft and errors in a final SOP.
 */
export const DEFAULT_SEVERITY: Record<IssueCode, RuleSeverity> = {
    'unknown-keyword': 'error',
    'duplicate-name': 'error',
    'duplicate-clause': 'warning',
    'invalid-date': 'error',
    'invalid-paper': 'error',
    'unresolved-actor': 'error',
    'unresolved-step': 'error',
    'unresolved-symbol': 'error',
    'unresolved-sop': 'error',
    'identity-field-missing': 'warning', // error when final
    'identity-list-missing': 'warning', // error when final
    'duplicate-field': 'warning',
    'list-duplicate-item': 'warning',
    'nip-invalid-format': 'error',
    'nip-invalid-birth-date': 'error',
    'nip-invalid-tmt': 'error',
    'nip-invalid-gender': 'error',
    'nip-not-grouped': 'info',
    'date-order': 'warning',
    'legal-basis-not-citation': 'warning',
    'legal-basis-order': 'warning',
    'legal-basis-repealed': 'warning',
    'related-is-regulation': 'warning',
    'warning-boilerplate': 'warning',
    'duplicate-number': 'warning',
    'title-starts-with-sop': 'info',
    'invalid-config': 'warning',
    'not-utf8': 'error',
    'step-missing-actor': 'error',
    'actor-unused': 'warning', // error when final
    'actor-duplicate-label': 'warning',
    'too-few-actors': 'warning',
    'too-many-actors': 'warning',
    'actor-personal-name': 'warning',
    'joint-actor-repeated': 'warning',
    'first-step-not-terminator': 'warning',
    'last-step-not-terminator': 'warning',
    'end-step-not-terminator': 'hint',
    'terminator-in-middle': 'warning',
    'empty-start-end-row': 'warning',
    'decision-missing-branch': 'error',
    'decision-extra-branch': 'error',
    'decision-same-target': 'error',
    'decision-empty-label': 'error',
    'decision-same-labels': 'error',
    'decision-last-row': 'warning',
    'branch-on-non-decision': 'error',
    'next-on-decision': 'error',
    'next-and-end': 'error',
    'self-loop': 'error',
    'step-unreachable': 'error',
    'symbol-isolated': 'error',
    'arrow-into-joint-box': 'warning',
    'cell-duplicate': 'error',
    'optional-without-decision': 'info',
    'step-cannot-reach-end': 'error',
    'cycle-without-decision': 'error',
    'no-steps': 'warning',
    'too-many-steps': 'info',
    'mutu-baku-missing-requirements': 'warning',
    'mutu-baku-missing-duration': 'warning',
    'mutu-baku-missing-output': 'warning',
    'keterangan-missing': 'off',
    'keterangan-only-number': 'warning',
    'waktu-unknown-unit': 'warning',
    'waktu-free-text': 'warning',
    'output-not-noun-phrase': 'info',
    'output-not-reused': 'hint',
    'activity-not-active-verb': 'warning',
    'activity-passive': 'warning',
    'activity-starts-with-actor': 'warning',
    'activity-compound': 'info',
    'text-too-long': 'hint',
};

/** Every rule code, in declaration order. */
export const ALL_ISSUE_CODES: readonly IssueCode[] = Object.values(IssueCodes) as IssueCode[];
