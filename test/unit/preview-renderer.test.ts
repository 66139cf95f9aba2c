import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderPreview, type PreviewRendering } from '../../server/src/requests/preview-render.js';
import { CANCELLED, findRenderWorker, PreviewRenderer, type Rendered } from '../../server/src/requests/preview-renderer.js';
import { createTestServices } from '../support/sop-test-services.js';

const options = { paper: 'A4' as const, errorCount: 0 };
const hashes = (r: PreviewRendering) => r.pages.map(p => p.hash).join(' ');
/** The pages' hashes and the context of a render's answer. */
const answer = (r: Rendered<string> | typeof CANCELLED) => (r === CANCELLED ? 'cancelled' : `${r.context}: ${hashes(r.rendering)}`);

// The worker runs from its TypeScript source here (tsx passes to worker threads through execArgv);
// the bundled one (out/server/render-worker.cjs) is exercised over the protocol in test/lsp/render-worker.test.ts.
describe('the preview renderer draws in a worker thread', () => {
    let model: SopDocument;
    const log: string[] = [];
    let renderer: PreviewRenderer<string>;
    before(async function () {
        this.timeout(20_000);
        model = await createTestServices().model(readFileSync('examples/surat-masuk.sop', 'utf8'));
        renderer = new PreviewRenderer(line => log.push(line), findRenderWorker());
    });
    after(() => renderer.dispose());

    it('finds the worker beside its source and draws the same pages as the server thread', async function () {
        this.timeout(20_000);
        assert.match(findRenderWorker() ?? '', /server\/src\/render-worker\.ts$/);
        assert.equal(answer(await renderer.render('a', model, options, 'a')), `a: ${hashes(renderPreview(model, options))}`);
        assert.deepEqual(log, [], 'no fallback');
    });

    it('a newer render with the same key supersedes one still waiting, whose asker gets the newer pages; other keys are not touched', async function () {
        this.timeout(20_000);
        const a4 = hashes(renderPreview(model, options));
        const running = renderer.render('doc', model, options, 'running');
        const waiting = renderer.render('doc', model, options, 'waiting');
        const other = renderer.render('other', model, { ...options, paper: 'F4' }, 'other');
        const newest = renderer.render('doc', model, options, 'newest');
        const answers = (await Promise.all([running, waiting, other, newest])).map(answer);
        assert.deepEqual(answers, [`running: ${a4}`, `newest: ${a4}`, `other: ${hashes(renderPreview(model, { ...options, paper: 'F4' }))}`, `newest: ${a4}`]);
        assert.notEqual(answers[2].slice(7), a4, 'F4 pages differ from A4 ones');
    });

    it('a render cancelled before it started is not drawn; one superseded by a cancelled render still is', async function () {
        this.timeout(20_000);
        const first = renderer.render('c1', model, options, 'first');
        const cancelled = renderer.render('c2', model, options, 'cancelled', () => true);
        const older = renderer.render('c3', model, options, 'older');
        const cancelledNewer = renderer.render('c3', model, options, 'newer', () => true);
        const answers = (await Promise.all([first, cancelled, older, cancelledNewer])).map(answer);
        assert.deepEqual(answers.map(a => a.split(':')[0]), ['first', 'cancelled', 'newer', 'cancelled']);
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
            const renderer = new PreviewRenderer<string>(line => log.push(line), file);
            try {
                const a4 = hashes(renderPreview(model, options));
                const answers = await Promise.all([renderer.render('k', model, options, 'a'), renderer.render('k2', model, options, 'b')]);
                assert.deepEqual(answers.map(answer), [`a: ${a4}`, `b: ${a4}`]);
                assert.equal(answer(await renderer.render('k', model, options, 'c')), `c: ${a4}`);
                assert.equal(log.length, 1, log.join('\n'));
                assert.match(log[0], /render worker cannot run .*server's thread/);
            } finally {
                renderer.dispose();
            }
        });
    }
});
