import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { createTestServices, SMALL_SOP } from '../support/sop-test-services.js';

/**
 * Golden SVGs: exact bytes. A change here is a visible change of the printed document; look at it
 * (npm run screenshots), then regenerate on purpose with UPDATE_GOLDEN=1 npm test.
 */
const services = createTestServices();
const goldenDir = path.resolve('test/golden');
const update = process.env.UPDATE_GOLDEN === '1';

const cases: Array<{ name: string; source: () => string; paper?: 'A4' | 'F4' | 'Letter' | 'Legal' }> = [
    { name: 'small', source: () => SMALL_SOP },
    { name: 'surat-masuk', source: () => readFileSync('examples/surat-masuk.sop', 'utf8') },
    { name: 'serah-terima-konstruksi-f4', source: () => readFileSync('examples/serah-terima-konstruksi.sop', 'utf8'), paper: 'F4' },
];

describe('renderer golden files', () => {
    for (const c of cases) {
        it(`renders ${c.name} exactly as test/golden/${c.name}-page-*.svg`, async () => {
            const doc = await services.model(c.source());
            const rendered = renderSop(doc, c.paper ? { paper: c.paper } : {});
            for (const page of rendered.pages) {
                const file = path.join(goldenDir, `${c.name}-page-${page.number}.svg`);
                if (update) writeFileSync(file, page.svg);
                assert.ok(existsSync(file), `${file} is missing; run UPDATE_GOLDEN=1 npm test`);
                assert.equal(page.svg, readFileSync(file, 'utf8'), `${file} differs (UPDATE_GOLDEN=1 regenerates it)`);
            }
            assert.ok(!existsSync(path.join(goldenDir, `${c.name}-page-${rendered.pages.length + 1}.svg`)), 'stale golden page');
        });
    }
});
