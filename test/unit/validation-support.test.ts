import { describe, it } from 'mocha';
import { expectNoIssues } from 'langium/test';
import { createTestServices } from '../support/sop-test-services.js';
import { CLEAN_SOP } from '../fixtures/clean-sop.js';

describe('validation: the clean base SOP', () => {
    it('has no diagnostics at all', async () => {
        const result = await createTestServices().check(CLEAN_SOP);
        expectNoIssues(result);
    });
});
