import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { isRelatedField, type Sop } from '../language/generated/ast.js';

/** How much of a sibling is read to find its name: the `sop <name>` header opens the file. */
const HEAD_BYTES = 16 * 1024;
const HEADER = /^[ \t]*(?:sop|procedure)[ \t]+([^\s"]+)/m;

/** Names that the documents' `keterkaitan` refers to and that none of them declares. */
export function relatedNamesToResolve(documents: Array<LangiumDocument<Sop>>): Set<string> {
    const declared = new Set(documents.map(d => d.parseResult.value.name));
    const wanted = new Set<string>();
    for (const doc of documents) {
        for (const field of doc.parseResult.value.fields ?? []) {
            if (!isRelatedField(field)) continue;
            for (const item of field.items) {
                const name = item.sop?.$refText;
                if (name && !declared.has(name)) wanted.add(name);
            }
        }
    }
    return wanted;
}

/**
 * The `.sop` files next to `files` (same folders, not `files` themselves) whose header declares one
 * of `names`. Only the head of each sibling is read, so checking one file next to a 10 MB sibling
 * costs a directory listing and a few kilobytes, not a build of the whole folder (issue 11).
 */
export function siblingsDeclaring(names: ReadonlySet<string>, files: string[]): string[] {
    if (names.size === 0) return [];
    const own = new Set(files);
    const found: string[] = [];
    for (const folder of new Set(files.map(f => path.dirname(f)))) {
        for (const entry of readdirSync(folder)) {
            const file = path.join(folder, entry);
            if (!entry.endsWith('.sop') || own.has(file)) continue;
            const name = headerName(file);
            if (name !== undefined && names.has(name)) found.push(file);
        }
    }
    return found;
}

function headerName(file: string): string | undefined {
    let fd: number | undefined;
    try {
        fd = openSync(file, 'r');
        const buffer = Buffer.alloc(HEAD_BYTES);
        const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
        return HEADER.exec(buffer.toString('utf8', 0, read))?.[1];
    } catch {
        return undefined;
    } finally {
        if (fd !== undefined) closeSync(fd);
    }
}
