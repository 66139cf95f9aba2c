import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CstUtils, DefaultValueConverter, EmptyFileSystem, GrammarAST, URI, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory } from 'langium';
import { describe, it } from 'mocha';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { SopValueConverter } from '../../server/src/language/sop-value-converter.js';
import { SopValidationRegistry } from '../../server/src/language/validation/sop-validation-registry.js';
import { IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { SMALL_SOP } from '../support/sop-test-services.js';

/**
 * Work done for every value, node and report of every file (issue 15): each shortcut must give
 * what the long way gave.
 */
describe('per-file costs: shortcuts give what the long way gave', () => {
    it('the value converter converts every value as Langium\'s does, escapes included', () => {
        const { Sop } = createSopServices(EmptyFileSystem);
        assert.ok(Sop.parser.ValueConverter instanceof SopValueConverter);
        const ours = new SopValueConverter();
        const langium = new DefaultValueConverter();
        const texts = readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => readFileSync(path.join('examples', f), 'utf8'));
        texts.push('sop a "tab\\there \\"quoted\\" back\\\\slash \\n \\u \\0 é 😀"\nnomor "x"\ntanggal pembuatan 2025-01-02\n');
        let strings = 0;
        for (const text of texts) {
            const root = Sop.parser.LangiumParser.parse(text).value;
            for (const leaf of CstUtils.streamCst(root.$cstNode!)) {
                if (!GrammarAST.isRuleCall(leaf.grammarSource) && !GrammarAST.isCrossReference(leaf.grammarSource)) continue;
                if (leaf.text.startsWith('"')) strings++;
                assert.deepEqual(ours.convert(leaf.text, leaf), langium.convert(leaf.text, leaf), leaf.text);
            }
        }
        assert.ok(strings > 100);
    });

    it('the registry\'s check lists follow registrations', () => {
        const { Sop } = createSopServices(EmptyFileSystem);
        const registry = Sop.validation.ValidationRegistry as SopValidationRegistry;
        // Langium's own answer, not the override (which reads the same kept lists).
        const langiums = (type: string, categories?: readonly ValidationCategory[]) => ValidationRegistry.prototype.getChecks.call(registry, type, categories as ValidationCategory[] | undefined).toArray();
        for (const categories of [undefined, ['built-in', 'fast'], ['slow']] as Array<ValidationCategory[] | undefined>) {
            assert.deepEqual(registry.checksOf('Step', categories), langiums('Step', categories));
            assert.deepEqual(registry.getChecks('Step', categories).toArray(), langiums('Step', categories));
        }
        const before = registry.checksOf('Step').length;
        const added = (_node: AstNode, _accept: ValidationAcceptor) => undefined;
        registry.register({ Step: added });
        assert.equal(registry.checksOf('Step').length, before + 1);
        assert.deepEqual(registry.checksOf('Step'), langiums('Step'));
    });

    it('a hint nobody sees is silent; a warning is not', async () => {
        const { Sop, shared } = createSopServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString(SMALL_SOP, URI.parse('file:///cost/a.sop'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const root = document.parseResult.value;
        const reporter = Sop.validation.Reporter;
        assert.equal(reporter.isSilent(root, IssueCodes.TextTooLong), false);
        reporter.skipHints = () => true;
        assert.equal(reporter.isSilent(root, IssueCodes.TextTooLong), true, 'text-too-long is a hint');
        assert.equal(reporter.isSilent(root, IssueCodes.ActivityCompound), false, 'a warning is always seen');
    });
});
