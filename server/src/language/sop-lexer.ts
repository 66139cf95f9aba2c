import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { editDistance } from './edit-distance.js';
import { clauseStartWords } from '../vocabulary/sop-vocabulary.js';

/**
 * Forgiving lexing of misspelled clause keywords. A clause starts a line, so a word at the start
 * of a line that is no keyword but one edit from exactly one clause keyword (`ouput`, `ole`,
 * `langka`; two edits for keywords of eight letters or more: `kelengkpn`) is lexed as that
 * keyword. The file then parses as the author meant it, and KeywordChecks reports the word once
 * (its text differs from the keyword's), with a quick fix. Words elsewhere are left alone: they
 * may be names, and a name one edit from a keyword is common (`kasi` / `kaki`). A name written
 * alone at the start of a line (a list continued on the next line) that is one edit from a clause
 * keyword would be taken for that keyword; the diagnostic then says so.
 */
export class SopLexer extends DefaultLexer {
    private corrections?: Map<string, TokenType | undefined>;
    /** How many words the last `tokenize` lexed as a keyword; without any, the parser has no value to repair. */
    lastCorrected = 0;

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        this.lastCorrected = 0;
        for (const token of result.tokens) {
            if (token.tokenType.name !== 'ID' || !startsLine(text, token.startOffset)) continue;
            const keyword = this.correctionOf(token.image);
            if (keyword) {
                retype(token, keyword);
                this.lastCorrected++;
            }
        }
        return result;
    }

    private correctionOf(word: string): TokenType | undefined {
        // No clause keyword is within reach of a longer word: nothing to look up or to keep.
        if (word.length > LONGEST_CLAUSE_WORD + 2) return undefined;
        // Line-start words of a workspace are few; the bound only keeps a long-lived server small.
        if (!this.corrections || this.corrections.size > 10_000) this.corrections = new Map();
        if (!this.corrections.has(word)) {
            const keyword = nearestClauseKeyword(word);
            // A token's image is a slice of the whole text and would keep that text alive as a key
            // (a fuzz run held one copy of every document it built until it ran out of memory): keep a copy.
            this.corrections.set(flatCopy(word), keyword ? this.definition[keyword] : undefined);
        }
        return this.corrections.get(word);
    }
}

const CLAUSE_WORDS = [...clauseStartWords()].filter(w => w.length >= 4);
const LONGEST_CLAUSE_WORD = Math.max(...CLAUSE_WORDS.map(w => w.length));

/** A string that shares no memory with the text it was sliced from. */
function flatCopy(word: string): string {
    return Array.from(word).join('');
}

/** The one clause keyword `word` is a plausible misspelling of, if any. */
export function nearestClauseKeyword(word: string): string | undefined {
    if (word.length < 3) return undefined;
    let best: string[] = [];
    let bestDistance = Infinity;
    for (const keyword of CLAUSE_WORDS) {
        const distance = editDistance(word.toLowerCase(), keyword);
        if (distance > (keyword.length >= 8 ? 2 : 1)) continue;
        if (distance < bestDistance) [best, bestDistance] = [[keyword], distance];
        else if (distance === bestDistance) best.push(keyword);
    }
    return best.length === 1 ? best[0] : undefined;
}

function startsLine(text: string, offset: number): boolean {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function retype(token: IToken, type: TokenType): void {
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
}
