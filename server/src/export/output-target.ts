/**
 * Where exports land, written so that a reader never sees half a document and a folder never holds
 * two versions of one: every file goes through a temporary name, is fsynced, then renamed over the
 * old one. Shared by the CLI and the editor's export commands (through the language server).
 */
import {
    closeSync, fsyncSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readlinkSync, realpathSync,
    renameSync, rmSync, statSync, writeSync, type Stats,
} from 'node:fs';
import * as path from 'node:path';

export type OutputData = string | Uint8Array;

/** A file the export cannot write; the message names the path and the reason. */
export class OutputError extends Error {}

/** How a target path is written: replaced atomically (a regular file or a new one), or streamed into (a FIFO or a terminal). */
export interface ResolvedTarget {
    kind: 'replace' | 'stream';
    /** The real file to replace (a symlink's final target), or the path to stream into. */
    file: string;
}

/**
 * Follows symlinks to the file they name (so the link stays a link), streams into FIFOs and character
 * devices instead of replacing the device node, and refuses folders, sockets and block devices.
 */
export function resolveTarget(target: string): ResolvedTarget {
    const stats = statOrUndefined(target, statSync);
    if (!stats) return { kind: 'replace', file: danglingTarget(path.resolve(target)) };
    if (stats.isFile()) return { kind: 'replace', file: realpathSync(target) };
    if (stats.isFIFO() || stats.isCharacterDevice()) return { kind: 'stream', file: target };
    if (stats.isDirectory()) throw new OutputError(`${target}: is a folder, not a file`);
    throw new OutputError(`${target}: not a regular file (socket or block device); refusing to replace it`);
}

/** A path that does not exist, or a symlink whose target does not exist yet: the file the chain ends at. */
function danglingTarget(file: string): string {
    for (let hops = 0; hops < 40; hops++) {
        const link = statOrUndefined(file, lstatSync);
        if (!link?.isSymbolicLink()) return file;
        file = path.resolve(path.dirname(file), readlinkSync(file));
    }
    throw new OutputError(`${file}: too many levels of symbolic links`);
}

function statOrUndefined(file: string, stat: (f: string) => Stats): Stats | undefined {
    try {
        return stat(file);
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new OutputError(`${file}: ${(e as Error).message}`);
    }
}

/** Writes `data` to `target` atomically (see `resolveTarget` for links and special files). Returns the file written. */
export function writeFileAtomic(target: string, data: OutputData): string {
    const resolved = resolveTarget(target);
    if (resolved.kind === 'stream') {
        writeWhole(resolved.file, data, 'w');
        return resolved.file;
    }
    const dir = path.dirname(resolved.file);
    ensureFolder(dir);
    const temporary = path.join(dir, `.${path.basename(resolved.file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    try {
        writeWhole(temporary, data, 'wx');
        renameSync(temporary, resolved.file);
    } catch (e) {
        rmSync(temporary, { force: true });
        throw new OutputError(`${target}: cannot write (${(e as Error).message})`);
    }
    syncFolder(dir);
    return resolved.file;
}

/** Opens, writes everything, fsyncs (when the file supports it) and closes. */
function writeWhole(file: string, data: OutputData, flags: 'w' | 'wx'): void {
    let fd: number;
    try {
        fd = openSync(file, flags, 0o666);
    } catch (e) {
        throw new OutputError(`${file}: cannot write (${(e as Error).message})`);
    }
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        if (flags === 'wx') fsyncSync(fd);
    } catch (e) {
        throw new OutputError(`${file}: cannot write (${(e as Error).message})`);
    } finally {
        closeSync(fd);
    }
}

/** Makes the renames in `dir` durable; some file systems (and Windows) cannot fsync a folder, which is harmless. */
function syncFolder(dir: string): void {
    let fd: number | undefined;
    try {
        fd = openSync(dir, 'r');
        fsyncSync(fd);
    } catch {
        // best effort
    } finally {
        if (fd !== undefined) closeSync(fd);
    }
}

export function ensureFolder(folder: string): void {
    try {
        mkdirSync(folder, { recursive: true });
    } catch (e) {
        throw new OutputError(`${folder}: cannot create folder (${(e as Error).message})`);
    }
    if (!statSync(folder).isDirectory()) throw new OutputError(`${folder}: not a folder`);
}

export interface PageFile {
    /** File name inside the folder, e.g. `surat-masuk-page-2.svg`. */
    name: string;
    data: OutputData;
}

/** `<stem>-page-<n>.<ext>`: the one naming scheme of per-page exports (CLI and editor). */
export function pageFileName(stem: string, page: number, ext: string): string {
    return `${stem}-page-${page}.${ext}`;
}

const TEMP_PREFIX = '.sop-pages-';

/**
 * Writes one document's pages into `folder` as a set: all pages are written and fsynced in a fresh
 * temporary folder first (a crash there leaves the old set untouched), then renamed in one after the
 * other, and pages of an older, longer version of the same document are removed. Temporary folders left
 * by a killed run are removed first. Returns the files written, in page order.
 */
export function writePageSet(folder: string, stem: string, ext: string, pages: PageFile[]): string[] {
    ensureFolder(folder);
    removeLeftovers(folder, stem);
    const staging = mkdtempSync(path.join(folder, `${TEMP_PREFIX}${safe(stem)}-`));
    try {
        for (const page of pages) writeWhole(path.join(staging, page.name), page.data, 'wx');
        syncFolder(staging);
        const written = pages.map(page => {
            const target = path.join(folder, page.name);
            renameSync(path.join(staging, page.name), target);
            return target;
        });
        removeStalePages(folder, stem, ext, new Set(pages.map(p => p.name)));
        syncFolder(folder);
        return written;
    } catch (e) {
        throw e instanceof OutputError ? e : new OutputError(`${folder}: cannot write pages (${(e as Error).message})`);
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
}

function removeLeftovers(folder: string, stem: string): void {
    const prefix = `${TEMP_PREFIX}${safe(stem)}-`;
    for (const name of readdirSync(folder)) {
        if (name.startsWith(prefix)) rmSync(path.join(folder, name), { recursive: true, force: true });
    }
}

function removeStalePages(folder: string, stem: string, ext: string, keep: Set<string>): void {
    const pattern = new RegExp(`^${escapeRegExp(stem)}-page-\\d+\\.${escapeRegExp(ext)}$`);
    for (const name of readdirSync(folder)) {
        if (pattern.test(name) && !keep.has(name)) rmSync(path.join(folder, name), { force: true });
    }
}

/** Keeps temporary folder names short and free of characters a file system may refuse. */
function safe(stem: string): string {
    return stem.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
