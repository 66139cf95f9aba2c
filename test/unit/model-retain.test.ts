import assert from 'node:assert/strict';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import type { Sop } from '../../server/src/language/generated/ast.js';
import type { LangiumDocument } from 'langium';
import { CLEAN_SOP } from '../fixtures/clean-sop.js';
import { createTestServices } from '../support/sop-test-services.js';

/**
 * Issue 15: in a large workspace every closed file kept its document model after validation (~80 KB
 * per 30-step file). The language server keeps only the models of open files; the others are built
 * again when asked for, and equal what was dropped.
 */
describe('document models kept after validation', () => {
    it('keeps the open file\'s model, drops a closed file\'s and rebuilds it equal', async () => {
        const services = createTestServices();
        const builder = services.Sop.model.ModelBuilder;
        const open = URI.parse('file:///ws/terbuka.sop');
        const closed = URI.parse('file:///ws/tertutup.sop');
        builder.retain = uri => uri === open.toString();
        const documents = [open, closed].map((uri, i) => {
            const d = services.shared.workspace.LangiumDocumentFactory.fromString<Sop>(CLEAN_SOP.replace('sop bersih', `sop bersih${i}`), uri);
            services.shared.workspace.LangiumDocuments.addDocument(d);
            return d;
        });
        let built = 0;
        const fresh = (builder as unknown as { buildFresh: (d: LangiumDocument<Sop>) => unknown });
        const original = fresh.buildFresh.bind(builder);
        fresh.buildFresh = d => { built++; return original(d); };
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        assert.equal(built, 2, 'validation builds each model once');
        const keptOpen = builder.build(documents[0]);
        assert.equal(built, 2, 'the open file\'s model is kept');
        const again = builder.build(documents[1]);
        assert.equal(built, 3, 'the closed file\'s model was dropped and is built again');
        assert.equal(builder.build(documents[1]), again, 'and then kept until the next validation');
        assert.equal(again.steps.length, keptOpen.steps.length);
    });
});
