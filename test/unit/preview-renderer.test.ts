import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderPreview, type PreviewRendering } from '../../server/src/requests/preview-render.js';
import { findRenderWorker, PreviewRenderer, SUPERSEDED } from '../../server/src/requests/preview-renderer.js';
import { createTestServices } from '../support/sop-test-services.js';

const options = { paper: 'A4' as const, errorCount: 0 };
const hashes = (r: PreviewRendering | typeof SUPERSEDED) => (r === SUPERSEDED ? 'superseded' : r.pages.map(p => p.hash).join(' '));

// The worker runs from its TypeScript source here (tsx passes to worker threads through execArgv);
// the bundled one (out/server/render-worker.cjs) is exercised over the protocol in test/lsp/render-worker.test.ts.
describe('the preview renderer draws in a worker thread', () => {
    let model: SopDocument;
    const log: string[] = [];
    let renderer: PreviewRenderer;
    before(async function () {
        this.timeout(20_000);
        model = await createTestServices().model(readFileSync('examples/surat-masuk.sop', 'utf8'));
        renderer = new PreviewRenderer(line => log.push(line), findRenderWorker());
    });
    after(() => renderer.dispose());

    it('finds the worker beside its source and draws the same pages as the server thread', async function () {
        this.timeout(20_000);
        assert.match(findRenderWorker() ?? '', /server\/src\/render-worker\.ts$/);
        assert.equal(hashes(await renderer.render('a', model, options)), hashes(renderPreview(model, options)));
        assert.deepEqual(log, [], 'no fallback');
    });

    it('a newer render with the same key supersedes one still waiting; other keys are not touched', async function () {
        this.timeout(20_000);
        const running = renderer.render('doc', model, options);
        const waiting = renderer.render('doc', model, options);
        const other = renderer.render('other', model, { ...options, paper: 'F4' });
        const newest = renderer.render('doc', model, options);
        const [r, w, o, n] = await Promise.all([running, waiting, other, newest]);
        assert.equal(w, SUPERSEDED);
        assert.notEqual(r, SUPERSEDED);
        assert.notEqual(o, SUPERSEDED);
        assert.equal(hashes(n), hashes(r));
        assert.notEqual(hashes(o), hashes(r), 'F4 pages differ from A4 ones');
    });

    it('a render whose request was cancelled before it started is not drawn', async function () {
        this.timeout(20_000);
        const first = renderer.render('c1', model, options);
        const cancelled = renderer.render('c2', model, options, () => true);
        assert.notEqual(await first, SUPERSEDED);
        assert.equal(await cancelled, SUPERSEDED);
    });
});

describe('the preview renderer without a worker', () => {
    let model: SopDocument;
    before(async function () {
        this.timeout(20_000);
        model = await createTestServices().model(readFileSync('examples/surat-masuk.sop', 'utf8'));
    });

    for (const [what, file] of [['its file is missing', undefined], ['it cannot start', '/nonexistent/render-worker.cjs']] as const) {
        it(`draws in this thread when ${what}, and says so once in the log`, async function () {
            this.timeout(20_000);
            const log: string[] = [];
            const renderer = new PreviewRenderer(line => log.push(line), file);
            try {
                const [a, b] = await Promise.all([renderer.render('k', model, options), renderer.render('k2', model, options)]);
                assert.equal(hashes(a), hashes(renderPreview(model, options)));
                assert.equal(hashes(b), hashes(a));
                assert.equal(await renderer.render('k', model, options).then(hashes), hashes(a));
                assert.equal(log.length, 1, log.join('\n'));
                assert.match(log[0], /render worker cannot run .*server's thread/);
            } finally {
                renderer.dispose();
            }
        });
    }
});
