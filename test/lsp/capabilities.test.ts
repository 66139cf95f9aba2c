import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import type { ServerCapabilities } from 'vscode-languageserver-protocol';
import { TestLspClient } from './lsp-client.js';

describe('server capabilities', () => {
    let client: TestLspClient;
    let capabilities: ServerCapabilities;

    before(async () => {
        client = new TestLspClient();
        capabilities = (await client.initialize(null, 'en')).capabilities;
    });

    after(() => client.shutdown());

    it('advertises every editor feature it implements', () => {
        for (const key of [
            'completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider',
            'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'renameProvider',
            'documentFormattingProvider', 'documentRangeFormattingProvider', 'semanticTokensProvider', 'codeLensProvider', 'inlayHintProvider',
        ] as const) {
            assert.ok(capabilities[key], `${key} should be advertised`);
        }
        assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
        assert.deepEqual(capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
    });

    it('advertises nothing it does not implement', () => {
        for (const key of [
            'declarationProvider', 'typeDefinitionProvider', 'implementationProvider', 'callHierarchyProvider', 'typeHierarchyProvider',
            'signatureHelpProvider', 'documentLinkProvider', 'colorProvider', 'linkedEditingRangeProvider', 'selectionRangeProvider',
            'monikerProvider', 'inlineValueProvider', 'diagnosticProvider',
        ] as const) {
            assert.ok(!capabilities[key], `${key} should not be advertised`);
        }
        assert.equal(capabilities.semanticTokensProvider && 'full' in capabilities.semanticTokensProvider
            ? JSON.stringify(capabilities.semanticTokensProvider.full) : undefined, JSON.stringify({ delta: false }));
        assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
        assert.deepEqual(capabilities.inlayHintProvider, { resolveProvider: false });
    });
});
