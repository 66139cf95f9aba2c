import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { describe, it } from 'mocha';
import { readDocx } from '../../server/src/import/docx-reader.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map(p => `<w:p>${p}</w:p>`).join('')}</w:tc>`;
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;

/** A Word file holding one table with the given cells in one row. */
function docx(...cells: string[]): Uint8Array {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:tbl><w:tr>${cells.join('')}</w:tr></w:tbl></w:body></w:document>`;
    return zipSync({ 'word/document.xml': strToU8(xml) });
}

/** Cell text as Word files other than ours write it (LibreOffice's re-save of our export). */
describe('sop import: Word cell text', () => {
    it('keeps runs that look like numbers as written ("1.", "08", "1.0") and reads a tab run as a space', () => {
        const source = readDocx(docx(
            cell(`${run('1.')}<w:r><w:tab/></w:r>${run('Undang-Undang Nomor 25')}`, `<w:r><w:t>2.</w:t><w:tab/><w:t>Peraturan</w:t></w:r>`),
            cell(run('08')),
            cell(run('1.0')),
        ));
        assert.deepEqual(source.tables[0].cells.map(c => c.text), ['1. Undang-Undang Nomor 25\n2. Peraturan', '08', '1.0']);
    });
});
