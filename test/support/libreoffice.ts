/**
 * LibreOffice re-saves, as offices make them: our Word export opened in LibreOffice (Debian's
 * package) and saved again as Word or as PDF. One private profile per process, so a LibreOffice
 * another program runs on this machine neither answers for us nor locks us out.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { has, tool } from './external-tools.js';

/** The line printed when LibreOffice tests skip. */
export const NO_LIBREOFFICE = 'LibreOffice (soffice) is not installed: LibreOffice re-save checks skipped (apt install libreoffice-writer)';

export const hasLibreOffice = (): boolean => has('soffice');

let work: string | undefined;

/** `soffice --headless --convert-to <to>` of `docx`; returns the converted file's bytes. */
export function libreOfficeResave(docx: Uint8Array, to: 'docx' | 'pdf', name = 'sop'): Uint8Array {
    work ??= mkdtempSync(path.join(tmpdir(), 'sop-libreoffice-'));
    const job = mkdtempSync(path.join(work, 'job-'));
    const input = path.join(job, 'in', `${name}.docx`);
    mkdirSync(path.dirname(input));
    writeFileSync(input, docx);
    const out = path.join(job, 'out');
    tool('soffice', `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--convert-to', to, '--outdir', out, input);
    const written = readdirSync(out);
    if (written.length !== 1) throw new Error(`LibreOffice wrote ${written.join(', ') || 'nothing'}`);
    return new Uint8Array(readFileSync(path.join(out, written[0])));
}
