import type { TokenType } from 'chevrotain';

/**
 * Makes Chevrotain's error recovery cheap. On every syntax error Chevrotain recomputes two pure
 * grammar analyses: the token types that may follow a grammar path (for single-token
 * insertion/deletion) and the lookahead paths of an alternation (for the "expecting one of"
 * message). Half-typed files have hundreds of errors, and these walks made up most of their
 * parse time (a 56 KB file with 228 errors: 180 ms, most of it re-walking the grammar); the
 * results depend only on the grammar position, so they are memoised here per parser.
 *
 * The hooks sit on Chevrotain's parser instance (Langium keeps it as `wrapper`). If a Langium
 * or Chevrotain upgrade renames them, this does nothing and parsing is merely slower; a test
 * checks that the hooks are found. Used for the document parser and for completion's own parser
 * (which re-parses the text before the cursor on every completion request).
 */
export function memoiseRecoveryAnalysis(parser: object): boolean {
    const chevrotain = (parser as unknown as { wrapper?: ChevrotainRecovery }).wrapper;
    if (!chevrotain || typeof chevrotain.getNextPossibleTokenTypes !== 'function' || typeof chevrotain.raiseNoAltException !== 'function') return false;
    memoiseFollows(chevrotain);
    memoiseAlternativePaths(chevrotain);
    if (typeof chevrotain.flattenFollowSet === 'function') fastResync(chevrotain);
    return true;
}

interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: TokenType;
    lastTokOccurrence: number;
}

interface MessageProvider {
    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: unknown[]; previous: unknown; customUserDescription?: string; ruleName: string }): string;
}

interface ChevrotainRecovery {
    getNextPossibleTokenTypes(path: GrammarPath): TokenType[];
    raiseNoAltException(occurrence: number, errMsgTypes?: string): never;
    getCurrRuleFullName(): string;
    LA(i: number): { tokenTypeIdx?: number };
    findReSyncTokenType(): TokenType;
    flattenFollowSet(): TokenType[];
    SAVE_ERROR(error: Error): Error;
    maxLookahead: number;
    errorMessageProvider: MessageProvider;
}

function memoiseFollows(chevrotain: ChevrotainRecovery): void {
    const original = chevrotain.getNextPossibleTokenTypes.bind(chevrotain);
    const known = new Map<string, TokenType[]>();
    chevrotain.getNextPossibleTokenTypes = path => {
        const key = `${path.ruleStack.join('/')}|${path.occurrenceStack.join('/')}|${path.lastTok.name}|${path.lastTokOccurrence}`;
        let follows = known.get(key);
        if (!follows) known.set(key, follows = original(path));
        return follows;
    };
}

/** Same as Chevrotain's `raiseNoAltException`, with the alternation's lookahead paths computed once per place. */
function memoiseAlternativePaths(chevrotain: ChevrotainRecovery): void {
    const original = chevrotain.raiseNoAltException;
    const known = new Map<string, TokenType[][][]>();
    type ExceptionClass = new (message: string, token: unknown, previous: unknown) => Error;
    let exceptionClass: ExceptionClass | undefined;
    chevrotain.raiseNoAltException = function (this: ChevrotainRecovery, occurrence: number, errMsgTypes?: string): never {
        const ruleName = this.getCurrRuleFullName();
        const key = `${ruleName}|${occurrence}`;
        const paths = known.get(key);
        if (!paths || !exceptionClass) {
            // The first time here: Chevrotain computes the paths; keep what it hands to the message provider.
            const provider = this.errorMessageProvider;
            const build = provider.buildNoViableAltMessage;
            provider.buildNoViableAltMessage = options => {
                known.set(key, options.expectedPathsPerAlt);
                return build.call(provider, options);
            };
            try {
                original.call(this, occurrence, errMsgTypes);
            } catch (e) {
                exceptionClass ??= (e as Error).constructor as ExceptionClass;
                throw e;
            } finally {
                provider.buildNoViableAltMessage = build;
            }
        }
        const actual: unknown[] = [];
        for (let i = 1; i <= this.maxLookahead; i++) actual.push(this.LA(i));
        const previous = this.LA(0);
        const message = this.errorMessageProvider.buildNoViableAltMessage({
            expectedPathsPerAlt: paths!, actual, previous, customUserDescription: errMsgTypes, ruleName,
        });
        throw this.SAVE_ERROR(new exceptionClass!(message, this.LA(1), previous));
    };
}

interface MatchableType {
    tokenTypeIdx?: number;
    isParent?: boolean;
    categoryMatchesMap?: Record<number, boolean>;
}

/** Chevrotain's `tokenMatcher`: the token's type, or a category the type belongs to. */
function matches(tokenTypeIdx: number | undefined, type: MatchableType): boolean {
    return tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && tokenTypeIdx !== undefined && type.categoryMatchesMap?.[tokenTypeIdx] === true);
}

/**
 * Same as Chevrotain's `findReSyncTokenType` (the first token ahead that a rule on the stack may be
 * followed by, and the first such type in follow order), with a set lookup per token instead of a
 * scan of the follow list: the search runs to the end of the file when nothing follows.
 */
function fastResync(chevrotain: ChevrotainRecovery): void {
    chevrotain.findReSyncTokenType = function (this: ChevrotainRecovery): TokenType {
        const follows = this.flattenFollowSet();
        const accepted = new Set<number>();
        for (const type of follows as MatchableType[]) {
            if (type.tokenTypeIdx !== undefined) accepted.add(type.tokenTypeIdx);
            if (type.isParent && type.categoryMatchesMap) {
                for (const [idx, yes] of Object.entries(type.categoryMatchesMap)) if (yes) accepted.add(Number(idx));
            }
        }
        // Terminates: EOF is always in the follow set, and reading past the input gives EOF.
        for (let k = 1; ; k++) {
            const idx = this.LA(k).tokenTypeIdx;
            if (idx !== undefined && accepted.has(idx)) {
                const found = follows.find(type => matches(idx, type as MatchableType));
                if (found) return found;
            }
        }
    };
}
