import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { syllableBreaks } from '../../server/src/render/hyphenate-id.js';
import { textWidth } from '../../server/src/render/text-metrics.js';
import { wrapText } from '../../server/src/render/text-wrap.js';
import { connectorLabel } from '../../server/src/render/connectors.js';
import { paginate } from '../../server/src/render/paginate.js';

const font = { size: 10.5 };

describe('renderer text', () => {
    it('measures with the Liberation Sans (Arial) advance widths', () => {
        // "M" is 1706/2048 em in Arial Regular, "i" 455/2048; bold "M" 1706 too, bold "a" 1139.
        assert.equal(textWidth('M', { size: 2048 }), 1706);
        assert.equal(textWidth('i', { size: 2048 }), 455);
        assert.equal(textWidth('a', { size: 2048, bold: true }), 1139);
        assert.ok(textWidth('漢', { size: 10 }) >= 10, 'unknown glyphs measure wide, never narrow');
    });

    it('wraps to the width and never loses or clips a character', () => {
        const text = 'Memeriksa kelengkapan berkas permohonan izin penyelenggaraan reklame beserta persyaratannya';
        for (const width of [40, 80, 150, 400]) {
            const lines = wrapText(text, width, font);
            assert.ok(lines.every(l => textWidth(l, font) <= width + 1e-9), `width ${width}`);
            assert.equal(lines.join(' ').replace(/- /g, '').replace(/-(?=\w)/g, ''), text.replace(/-/g, ''));
        }
    });

    it('breaks a too-long word after / or -, else at an Indonesian syllable boundary', () => {
        assert.deepEqual(wrapText('KTP/NIB/NPWP', textWidth('KTP/NIB/', font) + 1, font), ['KTP/NIB/', 'NPWP']);
        assert.deepEqual(wrapText('Undang-Undang', textWidth('Undang-', font) + 1, font), ['Undang-', 'Undang']);
        const lines = wrapText('pertanggungjawaban', textWidth('pertanggung-', font) + 1, font);
        assert.equal(lines[0], 'pertanggung-');
    });

    it('finds only safe Indonesian syllable boundaries', () => {
        const split = (w: string) => { const b = syllableBreaks(w); return [0, ...b].map((s, i) => w.slice(s, b[i] ?? w.length)).join('-'); };
        assert.equal(split('pertanggungjawaban'), 'per-tang-gung-ja-wa-ban');
        assert.equal(split('menyampaikan'), 'me-nyam-pai-kan');
        assert.equal(split('instruksi'), 'in-struk-si');
        assert.equal(split('bantu'), 'ban-tu');
        assert.deepEqual(syllableBreaks('SK-01'), [], 'no breaks in words with digits or signs');
        assert.deepEqual(syllableBreaks('ia'), []);
    });

    it('labels connectors A…Z, then AA, AB…', () => {
        assert.deepEqual([0, 1, 25, 26, 27].map(connectorLabel), ['A', 'B', 'Z', 'AA', 'AB']);
    });

    it('paginates whole rows and makes room for the footnotes', () => {
        assert.deepEqual(paginate([50, 50, 50, 50, 50], () => 120), [[0, 1], [2, 3], [4]]);
        assert.deepEqual(paginate([50, 50, 50, 50], () => 120, 30), [[0, 1], [2], [3]]);
        assert.deepEqual(paginate([500, 50], () => 120), [[0], [1]], 'a row taller than the page gets a page of its own');
    });

    it('paginates with room for connectors only where they can occur (not above the first table, not below the last)', () => {
        const capacity = (page: number, last: boolean) => 100 - (page > 0 ? 20 : 0) - (last ? 0 : 20);
        assert.deepEqual(paginate([45, 45], capacity), [[0, 1]], 'one page: no connectors at all');
        assert.deepEqual(paginate([40, 40, 40], capacity), [[0, 1], [2]]);
        assert.deepEqual(paginate([40, 40, 40, 40, 40], capacity), [[0, 1], [2], [3, 4]]);
    });
});
