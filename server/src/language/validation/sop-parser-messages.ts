import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import type { Catalogue, SopMessages } from '../sop-messages.js';
import { visibleText } from '../sop-text-decoding.js';

/** Texts of the parser and lexer errors, and of the file-encoding check. */
export const ParserMessages = {
    'parser.mismatch': { id: 'Diharapkan {0}, tetapi ditemukan `{1}`.', en: 'Expecting {0} but found `{1}`.' },
    'parser.not-all-input': {
        id: 'Diharapkan akhir berkas, tetapi ditemukan `{0}`. Setiap klausa diawali kata kunci (mis. `langkah`, `oleh`, `waktu`).',
        en: 'Expecting end of file but found `{0}`. Every clause starts with a keyword (e.g. `step`, `by`, `time`).',
    },
    'parser.no-viable-alt': {
        id: '`{0}` tidak dikenali di sini. Yang dapat ditulis: {1}.',
        en: '`{0}` is not expected here. Expected: {1}.',
    },
    'parser.early-exit': {
        id: 'Diharapkan sedikitnya satu {0} di sini, tetapi ditemukan `{1}`.',
        en: 'Expecting at least one {0} here but found `{1}`.',
    },
    'parser.unexpected-characters': {
        id: 'Karakter tidak dikenal `{0}` pada baris {1}, kolom {2}. Teks ditulis dalam tanda kutip ganda "…".',
        en: 'Unexpected character `{0}` at line {1}, column {2}. Text is written in double quotes "…".',
    },
    'not-utf8': {
        id: 'Berkas ini bukan UTF-8 (baris {0}): karakter yang rusak tampil sebagai �. Simpan ulang berkas sebagai UTF-8.',
        en: 'This file is not UTF-8 (line {0}): the broken characters show as �. Save the file again as UTF-8.',
    },
    'token.keyword': { id: 'kata kunci `{0}`', en: 'keyword `{0}`' },
    'token.ID': { id: 'sebuah nama', en: 'a name' },
    'token.STRING': { id: 'teks dalam tanda kutip "…"', en: 'quoted text "…"' },
    'token.NUMBER': { id: 'sebuah angka', en: 'a number' },
    'token.DATE': { id: 'tanggal (TTTT-BB-HH)', en: 'a date (YYYY-MM-DD)' },
    'token.EOF': { id: 'akhir berkas', en: 'end of file' },
} as const satisfies Catalogue;

type MismatchOptions = Parameters<LangiumParserErrorMessageProvider['buildMismatchTokenMessage']>[0];
type NotAllInputOptions = Parameters<LangiumParserErrorMessageProvider['buildNotAllInputParsedMessage']>[0];
type NoViableAltOptions = Parameters<LangiumParserErrorMessageProvider['buildNoViableAltMessage']>[0];
type EarlyExitOptions = Parameters<LangiumParserErrorMessageProvider['buildEarlyExitMessage']>[0];
type TokenType = MismatchOptions['expected'];
type IToken = MismatchOptions['actual'];

/** Chevrotain's error messages, in the user's language, with token names users understand. */
export class SopParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly messages: SopMessages) {
        super();
    }

    override buildMismatchTokenMessage(options: MismatchOptions): string {
        return this.messages.format('parser.mismatch', this.describe(options.expected), this.shown(options.actual));
    }

    override buildNotAllInputParsedMessage(options: NotAllInputOptions): string {
        return this.messages.format('parser.not-all-input', this.shown(options.firstRedundant));
    }

    override buildNoViableAltMessage(options: NoViableAltOptions): string {
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter((t): t is TokenType => !!t);
        return this.messages.format('parser.no-viable-alt', this.shown(options.actual[0]), this.list(firsts));
    }

    override buildEarlyExitMessage(options: EarlyExitOptions): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter((t): t is TokenType => !!t);
        return this.messages.format('parser.early-exit', this.list(firsts), this.shown(options.actual[0]));
    }

    private shown(token: IToken | undefined): string {
        if (!token || token.tokenType?.name === 'EOF') return this.messages.format('token.EOF');
        const image = token.image.length > 40 ? `${token.image.slice(0, 40)}…` : token.image;
        return visibleText(image);
    }

    private list(types: TokenType[]): string {
        // Where a name is expected, every soft keyword is too; "a name" says it all.
        const nameExpected = types.some(t => t.name === 'ID');
        const shownTypes = nameExpected ? types.filter(t => !/^[a-z]+$/.test(t.name)) : types;
        const names = [...new Set(shownTypes.map(t => this.describe(t)))];
        return names.length > 8 ? `${names.slice(0, 8).join(', ')}, …` : names.join(', ');
    }

    private describe(type: TokenType): string {
        if (isTerminal(type.name)) return this.messages.format(`token.${type.name}`);
        // Langium names keyword tokens by their text (older versions append ':KW').
        return this.messages.format('token.keyword', type.name.replace(/:KW$/, ''));
    }
}

const TERMINALS = ['ID', 'STRING', 'NUMBER', 'DATE', 'EOF'] as const;
type Terminal = typeof TERMINALS[number];
const isTerminal = (name: string): name is Terminal => (TERMINALS as readonly string[]).includes(name);


/** The lexer's "unexpected character" message, localised. */
export class SopLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    constructor(private readonly messages: SopMessages) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, line?: number, column?: number): string {
        // A NUL or a bidi override must not reach the terminal or the Problems panel raw.
        return this.messages.format('parser.unexpected-characters', visibleText(fullText.substr(startOffset, length)), line ?? '?', column ?? '?');
    }
}
