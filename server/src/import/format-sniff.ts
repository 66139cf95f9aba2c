/** Tells a PDF from a Word file by its first bytes, never by the file name. */
import { unzipSync } from 'fflate';

export type ImportFormat = 'pdf' | 'docx' | 'unknown';

export function sniffFormat(bytes: Uint8Array): ImportFormat {
    const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
    if (head.includes('%PDF-')) return 'pdf';
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
        try {
            const entries = unzipSync(bytes, { filter: f => f.name === 'word/document.xml' });
            return entries['word/document.xml'] ? 'docx' : 'unknown';
        } catch {
            return 'unknown';
        }
    }
    return 'unknown';
}
