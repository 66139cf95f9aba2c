import { type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SopAstType } from '../generated/ast.js';
import { startKey } from '../cst-start.js';

type Check = ((node: AstNode, accept: ValidationAcceptor) => unknown) & { checkName?: string };

/** A range stored as offsets from the start of the checked node. */
interface Relative { relative: [number, number] }

interface Recorded {
    severity: Parameters<ValidationAcceptor>[0];
    message: string;
    range: Relative;
    code: DiagnosticInfo<AstNode>['code'];
    /** The diagnostic's data (code, quick fixes) with every range made relative. */
    data: unknown;
    /** Whether `data` holds ranges (most hold only a code, and are shared as they are). */
    rangesInData: boolean;
    /** Where this result was last placed: its info is reused while its node starts at the same line and column. */
    placed?: { node: AstNode; at: number; info: DiagnosticInfo<AstNode> };
}

/** What each cached check reported for one node text, by the check's number (see `wrapAll`). */
type Results = Array<Recorded[] | undefined>;

interface DocumentEntries {
    context: string;
    previous: Map<string, Results>;
    current: Map<string, Results>;
}

/**
 * Remembers what the node-local checks reported for a node, keyed by the check and the node's
 * text, and replays it (moved to where the node now starts) when the next validation of the same
 * document meets the same text: an edit re-runs these checks only on the steps it touched.
 *
 * Only checks that read nothing but the node's own text may be cached (their names are listed
 * where the checks are registered); what else they read is in the context key: the locale of the
 * messages and the document's configuration (severities, length budgets). A result with a range
 * outside the node, or given by property or keyword instead of range, is never cached. Only files
 * open in the editor and free of syntax errors are cached (closed files are validated once, not edited).
 */
export class StepCheckCache {
    private readonly documents = new Map<string, DocumentEntries>();
    /** Counts validations: a node's slot belongs to the validation it was made in. */
    private validation = 0;
    /** The document being validated, and its entries (none: nothing is cached in it). */
    private active: { document: LangiumDocument; entries: DocumentEntries } | undefined;
    /** How many checks go through the cache: each gets a number, its place in `Results`. */
    private checkCount = 0;
    /** Infos handed out by replays, which may come again; the validator keeps their diagnostics. */
    private readonly placedInfos = new WeakSet<object>();
    /**
     * Per node: its cache key (a node object never changes its text: a re-parse makes new nodes)
     * and its slot in the current validation. Kept across validations, so a node kept by an edit
     * costs one lookup.
     */
    private readonly nodes = new WeakMap<AstNode, NodeMemo>();
    /** How many check runs were replayed from the cache (tests and benchmarks read it). */
    hits = 0;

    constructor(private readonly isOpen: (uri: string) => boolean) {}

    /** Starts a validation of `document`: entries of the last one stay reusable, older ones go. */
    begin(document: LangiumDocument, context: string): void {
        const uri = document.uri.toString();
        this.validation++;
        this.active = undefined;
        // After a syntax error the parser's recovery shapes a node by what surrounds it: the same
        // text may give another AST, so nothing of such a file is cached or replayed.
        const { lexerErrors, parserErrors } = document.parseResult;
        if (!this.isOpen(uri) || lexerErrors.length > 0 || parserErrors.length > 0) {
            this.documents.delete(uri);
            return;
        }
        const entries = this.documents.get(uri);
        if (!entries || entries.context !== context) {
            const fresh = { context, previous: new Map(), current: new Map() };
            this.documents.set(uri, fresh);
            this.active = { document, entries: fresh };
            return;
        }
        // Keep what the last validation met; an entry not met again since is dropped.
        entries.previous = entries.current.size > 0 ? entries.current : entries.previous;
        entries.current = new Map();
        this.active = { document, entries };
    }

    /** Whether `info` is a replayed one, which later replays may hand out again (the same object). */
    isReplayed(info: object): boolean {
        return this.placedInfos.has(info);
    }

    /** `checks` with every check named in `cacheable` going through the cache. */
    wrapAll(checks: ValidationChecks<SopAstType>, cacheable: ReadonlySet<string>): ValidationChecks<SopAstType> {
        const wrapped: Record<string, unknown> = {};
        for (const [type, list] of Object.entries(checks)) {
            const fns = (Array.isArray(list) ? list : [list]) as Check[];
            wrapped[type] = fns.map(fn => (fn.checkName && cacheable.has(fn.checkName) ? this.wrap(this.checkCount++, fn) : fn));
        }
        return wrapped as ValidationChecks<SopAstType>;
    }

    private wrap(index: number, check: Check): Check {
        return (node, accept) => {
            const slot = this.slotOf(node);
            if (!slot) return check(node, accept);
            const hit = slot.previous?.[index];
            if (hit) {
                this.hits++;
                slot.current[index] = hit;
                for (let i = 0; i < hit.length; i++) accept(hit[i].severity, hit[i].message, this.placed(hit[i], node, slot));
                return;
            }
            const recorded: Recorded[] = [];
            let cacheable = true;
            check(node, (severity, message, info) => {
                const entry = cacheable ? record(slot.text, slot.cst.offset, slot.cst.end, severity, message, info) : undefined;
                if (entry) recorded.push(entry);
                else cacheable = false;
                accept(severity, message, info);
            });
            if (cacheable) slot.current[index] = recorded;
        };
    }

    /**
     * A recorded result's diagnostic info where the node now is. Ranges are lines and columns, so a
     * node that starts at the same line and column as when the info was last placed (every step
     * before an edit, and after it while the edit stays within its line) gets that very info again.
     */
    private placed(r: Recorded, node: AstNode, slot: Slot): DiagnosticInfo<AstNode> {
        const at = slot.at ??= startKey(slot.cst);
        const last = r.placed;
        if (last && last.node === node && last.at === at) return last.info;
        const offset = slot.cst.offset;
        const info = { node, range: absolute(slot.text, offset, r.range), code: r.code, data: r.rangesInData ? mapRanges(r.data, x => absolute(slot.text, offset, x as Relative)) : r.data } as DiagnosticInfo<AstNode>;
        r.placed = { node, at, info };
        this.placedInfos.add(info);
        return info;
    }

    /**
     * The node's results of the last validation and of this one, looked up once per node and
     * validation (not per check).
     */
    private slotOf(node: AstNode): Slot | undefined {
        // Nothing is cached in this document (closed, or with syntax errors): no bookkeeping either.
        const active = this.active;
        if (!active) return undefined;
        let memo = this.nodes.get(node);
        if (memo && memo.validation === this.validation) return memo.slot;
        const cst = node.$cstNode;
        if (!memo) {
            if (!cst) return undefined;
            this.nodes.set(node, memo = { key: `${node.$type}\u0000${cst.text}`, validation: 0, slot: undefined });
        }
        memo.validation = this.validation;
        // Only nodes of the document being validated (checks see no other).
        if (!cst || cst.root !== active.document.parseResult.value.$cstNode) {
            memo.slot = undefined;
            return undefined;
        }
        const { entries } = active;
        let current = entries.current.get(memo.key);
        if (!current) entries.current.set(memo.key, current = []);
        memo.slot = { cst, text: active.document.textDocument, previous: entries.previous.get(memo.key), current, at: undefined };
        return memo.slot;
    }
}

interface NodeMemo {
    key: string;
    validation: number;
    slot: Slot | undefined;
}

interface Slot {
    cst: NonNullable<AstNode['$cstNode']>;
    text: TextDocument;
    previous: Results | undefined;
    current: Results;
    /** Where the node starts (startKey), read when first needed. */
    at: number | undefined;
}

function record(text: TextDocument, start: number, end: number, severity: Recorded['severity'], message: string, info: DiagnosticInfo<AstNode>): Recorded | undefined {
    const extra = info as DiagnosticInfo<AstNode> & { tags?: unknown; relatedInformation?: unknown; codeDescription?: unknown };
    if (!info.range || extra.tags || extra.relatedInformation || extra.codeDescription) return undefined;
    let inside = true;
    const relative = (range: RangeLike): Relative => {
        const from = text.offsetAt(range.start);
        const to = text.offsetAt(range.end);
        if (from < start || to > end) inside = false;
        return { relative: [from - start, to - start] };
    };
    let rangesInData = false;
    const data = mapRanges(info.data, r => {
        rangesInData = true;
        return relative(r as RangeLike);
    });
    const entry: Recorded = { severity, message, range: relative(info.range), code: info.code, data: rangesInData ? data : info.data, rangesInData };
    return inside ? entry : undefined;
}

function absolute(text: TextDocument, start: number, range: Relative): RangeLike {
    return { start: text.positionAt(start + range.relative[0]), end: text.positionAt(start + range.relative[1]) };
}

interface RangeLike {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

function isRange(value: object): boolean {
    const v = value as Partial<RangeLike>;
    return typeof v.start?.line === 'number' && typeof v.end?.line === 'number';
}

function isRelative(value: object): boolean {
    return Array.isArray((value as Partial<Relative>).relative);
}

/** A copy of `value` with every range (or relative range) replaced by `map` of it. */
function mapRanges(value: unknown, map: (range: object) => object): unknown {
    if (Array.isArray(value)) return value.map(v => mapRanges(v, map));
    if (!value || typeof value !== 'object') return value;
    if (isRange(value) || isRelative(value)) return map(value);
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = mapRanges(v, map);
    return copy;
}
