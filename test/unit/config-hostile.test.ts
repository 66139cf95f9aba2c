import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parseProjectConfig } from '../../server/src/config/sop-config.js';

// Issue 11 item 10: sop.config.json with a BOM, prototype names as budgets, and a huge file.
describe('sop.config.json from clumsy and hostile hands', () => {
    it('accepts a UTF-8 byte-order mark', () => {
        const parsed = parseProjectConfig('\uFEFF{ "validation": { "lengthBudgets": { "kegiatan": 80 } } }');
        assert.deepEqual(parsed.problems, []);
        assert.equal(parsed.config.lengthBudgets.kegiatan, 80);
    });

    it('refuses Object.prototype names as budget fields', () => {
        const parsed = parseProjectConfig('{ "validation": { "lengthBudgets": { "constructor": 5, "toString": 5, "__proto__": 5, "hasOwnProperty": 5 } } }');
        assert.deepEqual(Object.keys(parsed.config.lengthBudgets), []);
        assert.equal(parsed.problems.length, 4, parsed.problems.join('\n'));
        assert.ok(parsed.problems.every(p => p.startsWith('unknown length budget')));
    });

    it('keeps the list of problems short for a huge file', () => {
        const rules = Array.from({ length: 200_000 }, (_, i) => `"rule-${'x'.repeat(50)}-${i}": "off"`).join(',');
        const budgets = `"${'y'.repeat(1_000_000)}": 1`;
        const parsed = parseProjectConfig(`{ "validation": { "severity": { ${rules} }, "lengthBudgets": { ${budgets} } } }`);
        const text = parsed.problems.join('\n');
        assert.ok(text.length < 4000, `${text.length} characters of problems`);
        assert.match(text, /200,?001 problems|more/);
    });
});
