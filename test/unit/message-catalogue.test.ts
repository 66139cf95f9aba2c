/**
 * The message catalogues: every text exists in Indonesian and English with the same placeholders,
 * every issue code has one, a missing text throws instead of echoing its key, and a typo in a key
 * does not compile (`npm test` type-checks first).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { ALL_ISSUE_CODES } from '../../server/src/protocol/sop-issue-codes.js';
import { fillTemplate, SopMessages, type Texts } from '../../server/src/language/sop-messages.js';
import { sopCatalogue, type SopMessageKey } from '../../server/src/language/sop-module.js';
import { createTestServices } from '../support/sop-test-services.js';
import { PreviewMessages } from '../../server/src/requests/preview-messages.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\d+)(?:\|[^{}]*)?\}/g)].map(m => `{${m[1]}}`))].sort();

/** The problems of a catalogue: texts missing in a language, or with different placeholders. */
function catalogueProblems(catalogue: Readonly<Record<string, Texts>>): string[] {
    return Object.entries(catalogue).flatMap(([key, texts]) => {
        const problems: string[] = [];
        for (const locale of ['id', 'en'] as const) {
            if (typeof texts[locale] !== 'string' || !texts[locale].trim()) problems.push(`${key}: no ${locale} text`);
        }
        if (problems.length === 0 && placeholders(texts.id).join() !== placeholders(texts.en).join()) {
            problems.push(`${key}: placeholders differ (${placeholders(texts.id)} / ${placeholders(texts.en)})`);
        }
        return problems;
    });
}

describe('message catalogues', () => {
    it('every text of the language has both languages and the same placeholders in each', () => {
        assert.deepEqual(catalogueProblems(sopCatalogue()), []);
        assert.deepEqual(catalogueProblems(PreviewMessages), []);
    });

    it('finds a text that lacks a language (the check above can fail)', () => {
        const broken = { ...sopCatalogue(), 'no-steps': { id: 'Belum ada kegiatan.', en: '' } };
        assert.deepEqual(catalogueProblems(broken), ['no-steps: no en text']);
    });

    it('every issue code has a text in the services the DI module assembles', () => {
        const messages = createTestServices().Sop.i18n.Messages;
        for (const locale of ['id', 'en'] as const) {
            messages.locale = locale;
            for (const code of ALL_ISSUE_CODES) assert.notEqual(messages.format(code), code, `${code} (${locale})`);
        }
    });

    it('a key without a text throws rather than showing the key', () => {
        const messages = new SopMessages({ ...sopCatalogue(), 'fix.add-branch': { id: 'Tambahkan cabang `{0}`', en: '' } });
        messages.locale = 'en';
        assert.throws(() => messages.format('fix.add-branch', 'no to x'), /no en text for message 'fix.add-branch'/);
        assert.throws(() => messages.format('fix.no-such-fix' as SopMessageKey), /fix.no-such-fix/);
        messages.locale = 'id';
        assert.equal(messages.format('fix.add-branch', 'tidak ke x'), 'Tambahkan cabang `tidak ke x`');
    });

    it('a typo in a message or fix-title key is a compile error', () => {
        const messages = new SopMessages(sopCatalogue());
        const typo = () => {
            // @ts-expect-error 'fix.add-brunch' is not a key of the catalogue
            messages.format('fix.add-brunch');
        };
        assert.throws(typo);
    });

    it('writes English plurals right: 1 step, 3 steps (issue 12)', () => {
        assert.equal(fillTemplate('{0|step|steps} · {1|decision|decisions}', [1, 1]), '1 step · 1 decision');
        assert.equal(fillTemplate('{0|step|steps} · {1|decision|decisions}', [3, 0]), '3 steps · 0 decisions');
        const messages = new SopMessages(sopCatalogue());
        messages.locale = 'en';
        assert.equal(messages.format('lsp.lens.summary', 1, 1, 1, '5 minutes'), '1 step · 1 actor · 1 decision · main path time: 5 minutes');
        messages.locale = 'id';
        assert.equal(messages.format('lsp.lens.summary', 1, 2, 1, '5 menit'), '1 kegiatan · 2 pelaksana · 1 keputusan · waktu jalur utama: 5 menit');
    });
});
