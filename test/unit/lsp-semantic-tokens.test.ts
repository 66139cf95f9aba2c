import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, it } from 'mocha';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createTestServices } from '../support/sop-test-services.js';

const services = createTestServices();
const highlight = highlightHelper(services.Sop);

describe('semantic tokens', () => {
    it('marks actors, steps, decisions, units, dates and the NIP', async () => {
        const tokens = await highlight([
            'sop a "T"',
            'tanggal pembuatan <|3 Februari 2025|>',
            'disahkan oleh nip <|19750312 200112 1 002|>',
            'pelaksana <|admin|> "Admin"',
            'langkah <|s1|> "S" oleh <|admin|>',
            '    waktu <|2|> <|hari|> <|kerja|>',
            'keputusan <|d|> "D" oleh admin',
            '    ya ke <|s1|>',
            '    tidak ke <|d|>',
        ].join('\n'));
        const expected: SemanticTokenTypes[] = [
            SemanticTokenTypes.number, SemanticTokenTypes.number, SemanticTokenTypes.class, SemanticTokenTypes.function, SemanticTokenTypes.class,
            SemanticTokenTypes.number, SemanticTokenTypes.type, SemanticTokenTypes.type, SemanticTokenTypes.enumMember,
            SemanticTokenTypes.function, SemanticTokenTypes.enumMember,
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});
