import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { textWidth } from '../../server/src/render/text-metrics.js';
import { wrapText } from '../../server/src/render/text-wrap.js';

const font = { size: 10.5 };

/** Every piece fits, and joining the pieces (minus syllable hyphens) gives the word back. */
function assertWrapped(word: string, width: number): string[] {
    const lines = wrapText(word, width, font);
    assert.ok(lines.every(l => textWidth(l, font) <= width + 1e-9), 'a piece is wider than the column');
    assert.equal(lines.map(l => (l.endsWith('-') && !word.includes('-') ? l.slice(0, -1) : l)).join(''), word);
    return lines;
}

// Issue 11 item 2: breaking an unbroken word used to be cubic in its length (a 4,000-letter
// keterangan took 19 s). These inputs finish within mocha's timeout only when it is linear.
describe('wrapping very long words', () => {
    it('breaks a 1 MB word of syllables into pieces that fit, losing nothing', () => {
        const word = 'pertanggungjawaban'.repeat(Math.ceil(1_000_000 / 18)).slice(0, 1_000_000);
        const lines = assertWrapped(word, 120);
        assert.ok(lines.length > 1000);
        assert.ok(lines.slice(0, -1).every(l => l.endsWith('-')), 'syllable breaks carry a hyphen');
    });

    it('breaks long words of one letter, of slashes and of wide glyphs', () => {
        assertWrapped('W'.repeat(200_000), 90);
        const slashes = 'KTP/'.repeat(50_000);
        assert.ok(wrapText(slashes, 60, font).slice(0, -1).every(l => l.endsWith('/')), 'breaks after a slash');
        assertWrapped('漢'.repeat(50_000), 50);
    });

    it('never splits a surrogate pair', () => {
        const lines = assertWrapped('😀'.repeat(5000), 40);
        assert.ok(lines.every(l => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(l)));
    });

    it('gives each piece at least one character when even one does not fit', () => {
        assert.deepEqual(wrapText('WWW', 1, font), ['W', 'W', 'W']);
    });
});
