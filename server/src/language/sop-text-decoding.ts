/**
 * Decodes the bytes of a `.sop` or `sop.config.json` file. Invalid UTF-8 is still decoded (as
 * U+FFFD, so the rest of the file can be checked), but the first bad byte's line is kept so the
 * user is told instead of silently seeing replacement characters.
 */
export interface DecodedText {
    text: string;
    /** 1-based line of the first byte that is not valid UTF-8. */
    invalidUtf8Line?: number;
}

const lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes `bytes` as UTF-8, dropping a leading byte-order mark. */
export function decodeSopText(bytes: Uint8Array): DecodedText {
    const text = lossy.decode(bytes);
    const bad = firstInvalidUtf8(bytes);
    return bad === undefined ? { text } : { text, invalidUtf8Line: lineAt(bytes, bad) };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) { i++; continue; }
        const length = sequenceLength(b, bytes[i + 1]);
        if (length === 0) return i;
        for (let k = 1; k < length; k++) {
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
        }
        i += length;
    }
    return undefined;
}

/** Length of the sequence led by `b` (0 when invalid); `next` rules out overlongs and surrogates. */
function sequenceLength(b: number, next: number | undefined): number {
    if (b >= 0xc2 && b <= 0xdf) return 2;
    if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0 && next !== undefined && next < 0xa0) return 0;
        if (b === 0xed && next !== undefined && next > 0x9f) return 0;
        return 3;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0 && next !== undefined && next < 0x90) return 0;
        if (b === 0xf4 && next !== undefined && next > 0x8f) return 0;
        return 4;
    }
    return 0;
}

function lineAt(bytes: Uint8Array, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return line;
}

/**
 * Shows control, format (bidi, zero-width) and other invisible characters of user text inside a
 * message as `U+XXXX`, so a NUL byte or a right-to-left override never reaches a terminal raw.
 */
export function visibleText(text: string): string {
    return text.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu, ch => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** What the document validator asks the file system about a document read from disk. */
export interface EncodingReport {
    /** 1-based line of the first byte that is not UTF-8, when `text` is still what was read. */
    invalidUtf8Line(uri: string, text: string): number | undefined;
}

export function isEncodingReport(provider: unknown): provider is EncodingReport {
    return typeof (provider as Partial<EncodingReport>).invalidUtf8Line === 'function';
}
