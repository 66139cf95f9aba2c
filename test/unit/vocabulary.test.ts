import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { AstUtils, GrammarAST } from 'langium';
import { SopLanguageGrammar } from '../../server/src/language/generated/grammar.js';
import type { CodeAction } from 'vscode-languageserver';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { createTestServices } from '../support/sop-test-services.js';
import { clauseStartWords, keywordLanguage, KEYWORDS, vocabularyWords } from '../../server/src/vocabulary/sop-vocabulary.js';

/** Word keywords of the generated grammar (punctuation such as `,` `.` `-` is no vocabulary). */
function grammarKeywords(ruleFilter: (rule: GrammarAST.AbstractRule) => boolean = () => true): Set<string> {
    const grammar = SopLanguageGrammar();
    return new Set(grammar.rules.filter(ruleFilter)
        .flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value).toArray())
        .filter(value => /^[a-z]+$/i.test(value)));
}

const sorted = (set: Set<string>) => [...set].sort();

describe('vocabulary', () => {
    it('has exactly the grammar\'s keywords', () => {
        assert.deepEqual(sorted(vocabularyWords()), sorted(grammarKeywords()));
    });

    it('lets every keyword but the clause starts be a name (the grammar\'s Name rule)', () => {
        const names = grammarKeywords(rule => rule.name === 'Name');
        const missing = sorted(grammarKeywords()).filter(k => !names.has(k));
        // Words that may not name an actor or a step: those that start or join the flow.
        assert.deepEqual(missing.filter(k => !clauseStartWords().has(k) && !['dan', 'ke', 'to', 'at', 'most', 'hukum', 'oleh', 'by'].includes(k)), []);
    });

    it('gives every concept one spelling per language, and a language to each word', () => {
        for (const [concept, entry] of Object.entries(KEYWORDS)) {
            assert.ok(entry.id && entry.en, concept);
        }
        assert.equal(keywordLanguage('langkah'), 'id');
        assert.equal(keywordLanguage('process'), 'en');
        assert.equal(keywordLanguage('output'), undefined);
        assert.equal(keywordLanguage('sel'), 'id');
        assert.equal(keywordLanguage('merged'), 'en');
    });

    it('is what the TextMate grammar highlights', () => {
        const tm = JSON.parse(readFileSync(new URL('../../syntaxes/sop.tmLanguage.json', import.meta.url), 'utf8')) as {
            repository: { keywords: { patterns: { match: string }[] }; declarations: { patterns: { match: string }[] } };
        };
        const words = new Set<string>();
        for (const p of [...tm.repository.keywords.patterns, ...tm.repository.declarations.patterns]) {
            for (const group of p.match.matchAll(/\\b\(([a-z|]+)\)/g)) group[1].split('|').forEach(w => words.add(w));
        }
        assert.deepEqual(sorted(words), sorted(vocabularyWords()));
    });
});

describe('vocabulary: one language per file', () => {
    const { validate, model, Sop } = createTestServices();
    const english = readFileSync('examples/complaint-handling.sop', 'utf8');

    async function fixTexts(text: string, code: string): Promise<string[]> {
        const doc = await validate(text);
        const diagnostics = (doc.diagnostics ?? []).filter(d => d.code === code);
        assert.ok(diagnostics.length > 0, `no ${code}`);
        const actions = await Sop.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: diagnostics[0].range, context: { diagnostics },
        }) as CodeAction[] | undefined;
        return (actions ?? []).flatMap(a => Object.values(a.edit?.changes ?? {}).flat().map(e => e.newText));
    }

    it('the model decides it, from the keywords', async () => {
        assert.equal((await model(english)).language, 'en');
        assert.equal((await model(english.replace(/^procedure /m, 'sop '))).language, 'en');
    });

    it('quick fixes in an English file insert English keywords, whatever one keyword says', async () => {
        // No actor declared and `sop` as the header: the declare-actor fix used to write `pelaksana`.
        const withoutActors = english.replace(/^procedure /m, 'sop ').replace(/^actor .*\n/gm, '');
        const declare = await fixTexts(withoutActors, IssueCodes.UnresolvedActor);
        assert.ok(declare.some(t => /^actor \w+ "[^"]+"\n\n$/.test(t)), declare.join(' | '));
        // One decision written `keputusan`: the missing-branch fix used to follow that keyword.
        const mixed = english.replace('decision kewenangan', 'keputusan kewenangan').replace('\n    no to jawab', '');
        const branch = await fixTexts(mixed, IssueCodes.DecisionMissingBranch);
        assert.ok(branch.some(t => /^\n    no to \w+$/.test(t)), branch.join(' | '));
    });
});
