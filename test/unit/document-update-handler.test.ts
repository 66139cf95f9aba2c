/**
 * Issue 11 item 14: a burst of edits is one build, not one build per keystroke (each used to start
 * a build that the next edit cancelled after its parse, so requests waited seconds behind a burst),
 * and a request flushes its document's pending edits at once. Counted on the real DocumentBuilder.
 */
import assert from 'node:assert/strict';
import { EmptyFileSystem, URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SopDocumentUpdateHandler } from '../../server/src/language/lsp/sop-document-update-handler.js';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { SMALL_SOP } from '../support/sop-test-services.js';

const settle = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('edits in bursts', () => {
    const { shared } = createSopServices(EmptyFileSystem);
    const handler = shared.lsp.DocumentUpdateHandler;
    const documents = shared.workspace.TextDocuments;
    const builder = shared.workspace.DocumentBuilder;
    const uri = 'file:///burst/edits.sop';
    const builds: string[][] = [];
    const listener = builder.onUpdate(changed => {
        builds.push(changed.map(u => u.toString()));
    });

    before(async () => {
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    });
    after(() => listener.dispose());

    /** One keystroke: the editor's copy of the document changes and the handler is told. */
    function type(version: number): void {
        const document = TextDocument.create(uri, 'sop', version, `${SMALL_SOP}\n// ${'x'.repeat(version)}`);
        documents!.set(document);
        handler.didChangeContent!({ document });
    }

    it('builds a burst of 40 keystrokes once', async () => {
        builds.length = 0;
        for (let v = 1; v <= 40; v++) type(v);
        await settle(600);
        assert.equal(builds.filter(b => b.includes(uri)).length, 1, `builds: ${builds.length}`);
        const built = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        assert.ok(built?.textDocument.getText().endsWith('x'.repeat(40)), 'on the newest text');
    });

    it('a request flushes the pending edits of its document without waiting for the quiet time', async () => {
        assert.ok(handler instanceof SopDocumentUpdateHandler);
        builds.length = 0;
        type(41);
        await handler.flush(uri);
        assert.equal(builds.filter(b => b.includes(uri)).length, 1, 'the build started on flush');
    });
});
