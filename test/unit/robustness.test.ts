import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentState } from 'langium';
import { describe, it } from 'mocha';
import { createTestServices } from '../support/sop-test-services.js';
import { prng } from '../support/prng.js';


const TOKENS = ['"', '""', 'ya ke ', 'tidak ke ', 'lanjut ke ', 'oleh ', 'sel ', 'sel x kapsul ', '.', 'cabang "T" ke ', 'a.b', 'waktu gabung', 'bersama ', 'keputusan ', 'kapsul ', 'langkah ', 'selesai ',
    'waktu ', '5 mnt', '-', '2025-13-45', 'nip 1 ', 'disahkan oleh ', ',', '\n', '/*', '*/', '~', 'status final\n', 'pelaksana x "Ibu A"\n'];

function mutate(text: string, random: () => number): string {
    const at = Math.floor(random() * text.length);
    switch (Math.floor(random() * 4)) {
        case 0: return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
        case 1: return text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at);
        case 2: {
            const lines = text.split('\n');
            const i = Math.floor(random() * lines.length);
            lines.splice(i, 0, lines[Math.floor(random() * lines.length)]);
            return lines.join('\n');
        }
        default: {
            const lines = text.split('\n');
            const i = Math.floor(random() * lines.length);
            const j = Math.floor(random() * lines.length);
            [lines[i], lines[j]] = [lines[j], lines[i]];
            return lines.join('\n');
        }
    }
}

const examples = readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => ({ name: f, text: readFileSync(path.join('examples', f), 'utf8') }));
const realPatterns = ['01-symbols-in-row.sop', '04-branch-to-symbol.sop', '05-two-decisions.sop'].map(f => path.join('test/fixtures/real-patterns', f));
const fixtures = ['test/fixtures/all-rules/flow.sop', 'test/fixtures/all-rules/actors.sop', ...realPatterns]
    .map(f => ({ name: path.basename(f), text: readFileSync(f, 'utf8') }));

describe('robustness: validation never throws', () => {
    const { Sop, check: validate } = createTestServices();
    const failures = Sop.validation.Reporter.failures;

    async function survive(label: string, text: string): Promise<void> {
        const result = await validate(text);
        try {
            assert.equal(result.document.state, DocumentState.Validated, label);
            const crashed = result.diagnostics.filter(d => /error occurred/i.test(String(d.message)));
            assert.deepEqual(crashed.map(d => d.message), [], label);
            assert.deepEqual(failures, [], label);
            // The model is built from broken ASTs too (the preview asks for it while the user types).
            Sop.model.ModelBuilder.build(result.document);
        } finally {
            await result.dispose();
        }
    }

    for (const source of [...examples, ...fixtures]) {
        it(`every 151-character prefix of ${source.name}`, async () => {
            for (let end = 0; end <= source.text.length; end += 151) await survive(`${source.name}[0..${end}]`, source.text.slice(0, end));
        });

        it(`30 seeded random mutations of ${source.name}`, async () => {
            const random = prng(source.name.length * 7919 + 17);
            let text = source.text;
            for (let k = 0; k < 30; k++) {
                text = k % 8 === 0 ? source.text : text;
                text = mutate(text, random);
                await survive(`${source.name} mutation ${k}`, text);
            }
        });
    }
});
