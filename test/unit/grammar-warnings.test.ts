import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'mocha';
import { URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';

/** The grammar file langium-cli generates from, as `npm run langium:generate` finds it. */
function grammarPath(): string {
    const config = JSON.parse(readFileSync('langium-config.json', 'utf8')) as { languages: Array<{ grammar: string }> };
    return path.resolve(config.languages[0].grammar);
}

// langium-cli prints the grammar validator's warnings on every build; people learn to ignore them,
// so the build must print none. Hints (style suggestions the CLI does not print) are not counted.
describe('grammar', () => {
    it('validates with no errors or warnings (what langium-cli prints)', async () => {
        const { shared } = createLangiumGrammarServices(NodeFileSystem);
        const file = grammarPath();
        const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file));
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const problems = (document.diagnostics ?? [])
            .filter(d => d.severity === 1 || d.severity === 2)
            .map(d => `${path.relative(process.cwd(), file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
        assert.deepEqual(problems, []);
    });
});
