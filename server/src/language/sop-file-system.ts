import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeSopText, type EncodingReport } from './sop-text-decoding.js';

/**
 * Reads files as UTF-8 like Langium's provider, but remembers where a file is not valid UTF-8 so
 * the user is told ("not UTF-8, line n") instead of silently seeing U+FFFD in the document.
 */
export class SopNodeFileSystemProvider extends NodeFileSystemProvider implements EncodingReport {
    private readonly invalid = new Map<string, { line: number; text: string }>();

    override async readFile(uri: URI): Promise<string> {
        return this.decoded(uri, await readFile(uri.fsPath));
    }

    override readFileSync(uri: URI): string {
        return this.decoded(uri, readFileSync(uri.fsPath));
    }

    invalidUtf8Line(uri: string, text: string): number | undefined {
        const found = this.invalid.get(uri);
        return found && found.text === text ? found.line : undefined;
    }

    private decoded(uri: URI, bytes: Uint8Array): string {
        const { text, invalidUtf8Line } = decodeSopText(bytes);
        if (invalidUtf8Line === undefined) this.invalid.delete(uri.toString());
        else this.invalid.set(uri.toString(), { line: invalidUtf8Line, text });
        return text;
    }
}

/** `NodeFileSystem` with the provider above: used by the language server and the CLI. */
export const SopNodeFileSystem = {
    fileSystemProvider: () => new SopNodeFileSystemProvider(),
};
