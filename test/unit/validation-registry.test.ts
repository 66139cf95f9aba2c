import assert from 'node:assert/strict';
import { EmptyFileSystem, URI, ValidationRegistry, type AstNode, type ValidationAcceptor } from 'langium';
import { describe, it } from 'mocha';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { SopValidationRegistry } from '../../server/src/language/validation/sop-validation-registry.js';
import { SMALL_SOP } from '../support/sop-test-services.js';

/**
 * SopValidationRegistry calls synchronous checks without Langium's async wrapper; a check that
 * throws, or whose promise rejects, must still end as Langium's "error during validation"
 * diagnostic, and checks must report in the same order.
 */
describe('validation registry: synchronous checks, Langium\'s error handling', () => {
    async function diagnosticsWith(registry: 'sop' | 'langium'): Promise<string[]> {
        const services = createSopServices(EmptyFileSystem);
        const own = services.Sop.validation.ValidationRegistry;
        assert.ok(own instanceof SopValidationRegistry, 'the services use SopValidationRegistry');
        const target = registry === 'sop' ? own : new ValidationRegistry(services.Sop);
        const error = console.error;
        console.error = () => {};
        try {
            target.register({
                Sop: [
                    (node: AstNode, accept: ValidationAcceptor) => accept('warning', 'first', { node }),
                    () => { throw new Error('boom'); },
                    async (node: AstNode, accept: ValidationAcceptor) => {
                        await Promise.resolve();
                        accept('warning', 'after a wait', { node });
                    },
                    async () => { throw new Error('late boom'); },
                    (node: AstNode, accept: ValidationAcceptor) => accept('warning', 'last', { node }),
                ],
            });
            if (registry === 'langium') (services.Sop.validation.DocumentValidator as unknown as { validationRegistry: ValidationRegistry }).validationRegistry = target;
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(SMALL_SOP, URI.parse('file:///registry/a.sop'));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            const ours = ['first', 'after a wait', 'last'];
            return (document.diagnostics ?? []).map(d => String(d.message)).filter(m => ours.includes(m) || m.includes('boom'));
        } finally {
            console.error = error;
        }
    }

    it('reports what Langium\'s registry reports, in the same order', async () => {
        const ours = await diagnosticsWith('sop');
        assert.deepEqual(ours, [
            'first', 'An error occurred during validation: boom', 'after a wait', 'An error occurred during validation: late boom', 'last',
        ]);
        assert.deepEqual(ours, await diagnosticsWith('langium'));
    });
});
