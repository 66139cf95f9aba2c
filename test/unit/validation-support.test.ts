import { describe, it } from 'mocha';
import { expectNoIssues, validationHelper } from 'langium/test';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { EmptyFileSystem } from 'langium';
import { CLEAN_SOP } from '../fixtures/clean-sop.js';

describe('validation: the clean base SOP', () => {
    it('has no diagnostics at all', async () => {
        const { Sop } = createSopServices(EmptyFileSystem);
        const result = await validationHelper(Sop)(CLEAN_SOP);
        expectNoIssues(result);
    });
});
