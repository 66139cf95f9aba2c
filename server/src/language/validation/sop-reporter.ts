import { AstUtils, diagnosticData, type AstNode, type CstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import type { EffectiveConfig, SopSeverityPolicy } from '../../config/severity-policy.js';
import { DEFAULT_SEVERITY, type IssueCode, type RuleSeverity } from '../../protocol/sop-issue-codes.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopMessageKey } from '../sop-module.js';
import { propertyCstOf } from '../sop-property-csts.js';

/**
 * What a SOP diagnostic carries in `data`: the code (for `testCodeAction`) and, for a few quick
 * fixes, the small facts the code action provider cannot read back from the document (never edits:
 * those are built when the editor asks, see `lsp/quick-fixes/`).
 */
export interface SopDiagnosticData {
    code: string;
    fix?: FixHint;
}

/** Facts a quick fix needs from the check that found the problem, e.g. `{ polarity: 'no' }`. */
export type FixHint = Readonly<Record<string, string>>;

export type NodeInfo = Omit<DiagnosticInfo<AstNode>, 'code' | 'data'>;

export interface ReportOptions {
    /** Overrides the rule's default (status-dependent rules pass the severity for draft/final). */
    severity?: Exclude<RuleSeverity, 'off'>;
    fix?: FixHint;
}

/** One failure of a guarded check, kept so tests can assert that nothing failed. */
export interface CheckFailure {
    check: string;
    error: string;
}

/**
 * Reports a rule: looks up the severity through the policy (skipping `off`), formats the
 * localised message and attaches the code. Also runs checks under a guard.
 */
export class SopReporter {
    readonly failures: CheckFailure[] = [];
    /** The language server logs failures to its output; the CLI turns them into an internal error instead. */
    logFailures = true;
    /**
     * Documents whose hints nobody sees, so their hints are not even formatted: in the language
     * server the files not open in an editor (their hints are not published; opening a file
     * validates it again), in `sop check` without --hints every file (55,000 of 69,000 reports on
     * 1,000 files). Tests leave it unset and get every hint.
     */
    skipHints: ((uri: string) => boolean) | undefined;

    constructor(private readonly messages: SopMessages, private readonly policy: SopSeverityPolicy) {}

    report(accept: ValidationAcceptor, code: IssueCode, info: NodeInfo, args: Array<string | number> = [], options: ReportOptions = {}): void {
        const uri = uriOf(info.node);
        const severity = this.policy.severity(uri, code, options.severity ?? DEFAULT_SEVERITY[code]);
        if (severity === 'off' || this.hiddenHint(uri, severity)) return;
        const data: SopDiagnosticData = { ...diagnosticData(code), ...(options.fix ? { fix: options.fix } : {}) };
        accept(severity, this.messages.format(code, ...args), { ...info, ...this.itemRange(info), code, data } as DiagnosticInfo<AstNode>);
    }

    /**
     * Whether a report of `code` (at its default severity) on `node` would be dropped: the rule is
     * off, or it is a hint nobody sees. A check whose findings are many can skip its work then.
     */
    isSilent(node: AstNode, code: IssueCode): boolean {
        const uri = uriOf(node);
        const severity = this.policy.severity(uri, code, DEFAULT_SEVERITY[code]);
        return severity === 'off' || this.hiddenHint(uri, severity);
    }

    private hiddenHint(uri: string, severity: RuleSeverity): boolean {
        return severity === 'hint' && this.skipHints?.(uri) === true;
    }

    /**
     * Langium finds a property's CST node by walking the node's CST on every report, and the
     * `index`-th value of a list by scanning it (3,000 items: 20 s). Each node's CST is walked once
     * instead, grouping every property's nodes; the index is clamped as Langium does.
     */
    private itemRange(info: NodeInfo): { range?: CstNode['range'] } {
        const { node, property, index } = info as { node: AstNode; property?: string; index?: number };
        if (info.range || typeof property !== 'string' || !node.$cstNode) return {};
        return { range: (propertyCstOf(node, property, index) ?? node.$cstNode).range };
    }

    /** The configuration (budgets, severities) of the document that holds `node`. */
    configFor(node: AstNode): EffectiveConfig {
        return this.policy.configFor(uriOf(node));
    }

    /** Formats a catalogue entry (used for words inside messages, e.g. field names). */
    text(key: SopMessageKey, ...args: Array<string | number>): string {
        return this.messages.format(key, ...args);
    }

    /**
     * Wraps a check so that an exception in it is logged and recorded instead of surfacing as an
     * "error during validation" diagnostic: a broken heuristic must never block the file.
     */
    guard<N extends AstNode>(name: string, check: (node: N, accept: ValidationAcceptor) => void): ((node: N, accept: ValidationAcceptor) => void) & { checkName: string } {
        const guarded = (node: N, accept: ValidationAcceptor) => {
            try {
                check(node, accept);
            } catch (e) {
                const error = e instanceof Error ? e.stack ?? e.message : String(e);
                this.failures.push({ check: name, error });
                if (this.logFailures) console.error(`sop: check ${name} failed:`, error);
            }
        };
        // The name lets the registry pick the checks whose results may be cached (sop-validator.ts).
        return Object.assign(guarded, { checkName: name });
    }
}

function uriOf(node: AstNode): string {
    try {
        return AstUtils.getDocument(node).uri.toString();
    } catch {
        return '';
    }
}
