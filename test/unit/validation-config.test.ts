import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { runCli } from '../../server/src/cli/sop-cli.js';
import { parseProjectConfig } from '../../server/src/config/sop-config.js';
import { ALL_ISSUE_CODES, DEFAULT_SEVERITY, IssueCodes } from '../../server/src/protocol/sop-issue-codes.js';
import { SopMessages } from '../../server/src/language/sop-messages.js';
import { sopCatalogue } from '../../server/src/language/sop-module.js';
import { cleanWith, CLEAN_SOP } from '../fixtures/clean-sop.js';
import { validationKit } from '../support/validation-kit.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; }, env: { LANG: 'en_US.UTF-8' } });
    return { code, out, err };
}

const NO_OUTPUT = cleanWith(['    output "Agenda surat"\n', '']);

describe('validation: severity configuration', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-config-'));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('every rule has a default severity and messages in Indonesian and English', () => {
        const messages = new SopMessages(sopCatalogue());
        for (const code of ALL_ISSUE_CODES) {
            assert.ok(DEFAULT_SEVERITY[code], `${code} has a default severity`);
            for (const locale of ['id', 'en'] as const) {
                messages.locale = locale;
                assert.notEqual(messages.format(code), code, `${code} has a ${locale} message`);
            }
            assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');
        }
    });

    it('the README lists every rule with its default severity', () => {
        const readme = readFileSync('README.md', 'utf8');
        for (const code of ALL_ISSUE_CODES) assert.match(readme, new RegExp(`\\| \`${code}\` \\|`), code);
    });

    it('the editor setting sop.validation.severity changes and silences rules', async () => {
        const kit = validationKit();
        kit.shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { sop: { validation: { severity: { [IssueCodes.MissingOutput]: 'error', [IssueCodes.TooFewActors]: 'off' } } } },
        });
        const result = await kit.validate(cleanWith(['    output "Agenda surat"\n', ''], ['oleh kasubbag', 'oleh admin'], ['pelaksana kasubbag "Kasubbag Umum"\n', '']));
        const output = result.diagnostics.find(d => d.code === IssueCodes.MissingOutput);
        assert.equal(output?.severity, 1);
        assert.ok(!result.diagnostics.some(d => d.code === IssueCodes.TooFewActors));
    });

    it('the editor setting sop.validation.lengthBudgets changes the budgets', async () => {
        const kit = validationKit();
        kit.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sop: { validation: { lengthBudgets: { kegiatan: 5 } } } } });
        const result = await kit.validate(CLEAN_SOP);
        assert.ok(result.diagnostics.some(d => d.code === IssueCodes.TextTooLong));
    });

    it('the CLI reads the nearest sop.config.json up the folder tree', async () => {
        mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
        writeFileSync(path.join(dir, 'sop.config.json'), JSON.stringify({ validation: { severity: { [IssueCodes.MissingOutput]: 'error' } } }));
        writeFileSync(path.join(dir, 'a', 'b', 'x.sop'), NO_OUTPUT);
        const strict = await cli('check', path.join(dir, 'a', 'b', 'x.sop'), '--format', 'json');
        assert.equal(strict.code, 1, strict.err);
        assert.equal(JSON.parse(strict.out).find((d: { code: string }) => d.code === IssueCodes.MissingOutput).severity, 'error');

        writeFileSync(path.join(dir, 'a', 'sop.config.json'), JSON.stringify({ validation: { severity: { [IssueCodes.MissingOutput]: 'off' } } }));
        const off = await cli('check', path.join(dir, 'a', 'b', 'x.sop'), '--format', 'json');
        assert.equal(off.code, 0, off.out);
        assert.ok(!JSON.parse(off.out).some((d: { code: string }) => d.code === IssueCodes.MissingOutput));
    });

    it('the CLI takes --config, and reports a broken configuration as invalid-config', async () => {
        const config = path.join(dir, 'strict.json');
        writeFileSync(config, JSON.stringify({ validation: { severity: { [IssueCodes.MissingOutput]: 'error' } } }));
        writeFileSync(path.join(dir, 'y.sop'), NO_OUTPUT);
        const result = await cli('check', path.join(dir, 'y.sop'), '--config', config);
        assert.equal(result.code, 1);
        assert.match(result.out, /: error: .* \[mutu-baku-missing-output\]\n/);
        const missing = await cli('check', path.join(dir, 'y.sop'), '--config', path.join(dir, 'nope.json'));
        assert.equal(missing.code, 2);

        writeFileSync(config, '{ "validation": { "severity": { "no-such-rule": "error" } } }');
        const broken = await cli('check', path.join(dir, 'y.sop'), '--config', config);
        assert.match(broken.out, /no-such-rule.* \[invalid-config\]\n/);
    });

    it('parses project files defensively', () => {
        assert.deepEqual(parseProjectConfig('not json').config, { severity: {}, lengthBudgets: {} });
        assert.equal(parseProjectConfig('[]').problems.length, 1);
        const parsed = parseProjectConfig('{"validation":{"severity":{"self-loop":"loud"},"lengthBudgets":{"kegiatan":80,"x":1}}}');
        assert.deepEqual(parsed.config.lengthBudgets, { kegiatan: 80 });
        assert.equal(parsed.problems.length, 2);
    });
});

describe('validation: the all-rules fixture', () => {
    it('`sop check --format json` reports every issue code', async () => {
        const result = await cli('check', 'test/fixtures/all-rules', '--format', 'json', '--hints');
        assert.equal(result.code, 1);
        const seen = new Set(JSON.parse(result.out).map((d: { code: string }) => d.code));
        const missing = ALL_ISSUE_CODES.filter(code => !seen.has(code));
        assert.deepEqual(missing, [], `not reported: ${missing.join(', ')}`);
        assert.ok(!seen.has('parsing-error'), 'the fixture parses');
    });

    it('reports in Indonesian with --lang id', async () => {
        const result = await cli('check', 'test/fixtures/all-rules/flow.sop', '--lang', 'id');
        assert.match(result.out, /Keputusan harus punya cabang "Tidak"/);
    });
});

describe('validation: Langium messages in the user\'s language', () => {
    it('parser and lexer errors are localised', async () => {
        const kit = validationKit();
        kit.Sop.i18n.Messages.locale = 'id';
        const result = await kit.validate('sop x "T"\nlangkah a "Mencatat" oleh\nlangkah b "X" ~');
        const messages = result.diagnostics.filter(d => d.severity === 1).map(d => String(d.message));
        assert.ok(messages.length > 0);
        for (const m of messages) assert.doesNotMatch(m, /Expecting|Could not resolve|unexpected character/i, m);
        assert.ok(messages.some(m => /Diharapkan|tidak dikenali|Karakter tidak dikenal/.test(m)), messages.join('\n'));
        kit.Sop.i18n.Messages.locale = 'en';
        const en = await kit.validate('sop x "T"\nlangkah a "Mencatat" oleh');
        assert.ok(en.diagnostics.some(d => /Expecting|is not expected here/.test(String(d.message))));
    });
});
