import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { runSop } from '../support/cli-run.js';

const run = runSop;

const dir = mkdtempSync(path.join(tmpdir(), 'sop-check-format-'));
// One syntax error (line 3) in one file, one warning (unknown unit, line 3) in the other.
const broken = path.join(dir, 'broken.sop');
writeFileSync(broken, 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh a\n');
const warned = path.join(dir, 'warned.sop');
writeFileSync(warned, 'sop bersih "BERSIH"\npelaksana a "A"\nkapsul s "Memulai" oleh a waktu 5 mnt\n');

/** The problem matcher the extension contributes, as VS Code would read it from package.json. */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'sop');

// The 2.1.0 schema as shipped in @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json), JSON Schema draft-04.
const sarifSchema = JSON.parse(readFileSync('test/fixtures/sarif-2.1.0-rtm.5.schema.json', 'utf8'));
// unicodeRegExp off: one pattern of the schema (the `language` tag) is not valid with the u flag.
// Both packages are CommonJS whose module.exports.default is the export itself.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

function assertValidSarif(log: unknown): void {
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
}

describe('sop check output formats', () => {
    it('text: file:line:col: severity: message [code], one line per problem', async () => {
        const r = await run('check', broken, warned);
        assert.equal(r.code, 1);
        const lines = r.out.trimEnd().split('\n');
        assert.ok(lines.length >= 2);
        for (const line of lines) assert.match(line, /^[^:]+\.sop:\d+:\d+: (error|warning|info|hint): .+ \[[a-z0-9-]+\]$/);
        assert.ok(lines.some(l => /broken\.sop:3:11: error: .* \[parsing-error\]$/.test(l)), r.out);
        assert.ok(lines.some(l => /warned\.sop:3:\d+: warning: Unknown time unit "mnt".* \[waktu-unknown-unit\]$/.test(l)), r.out);
        assert.match(r.err, /2 file\(s\) checked: \d+ error\(s\), \d+ warning\(s\)/);
    });

    it('the contributed problem matcher reads every text line into file, position, severity, message and code', async () => {
        // Its own owner: markers of the language client's collection ('sop') must not replace the task's.
        assert.equal(matcher.owner, 'sop-check');
        const regexp = new RegExp(matcher.pattern.regexp);
        const json = JSON.parse((await run('check', broken, warned, '--format', 'json')).out) as Array<Record<string, string | number>>;
        const lines = (await run('check', broken, warned)).out.trimEnd().split('\n');
        assert.equal(lines.length, json.length);
        lines.forEach((line, i) => {
            const m = regexp.exec(line);
            assert.ok(m, line);
            const p = matcher.pattern;
            assert.deepEqual(
                [m[p.file], Number(m[p.line]), Number(m[p.column]), m[p.severity], m[p.message], m[p.code]],
                [json[i].file, json[i].line, json[i].column, json[i].severity, json[i].message, json[i].code],
            );
        });
    });

    it('sarif: a SARIF 2.1.0 log that validates against the official schema', async () => {
        const r = await run('check', broken, warned, '--format', 'sarif');
        assert.equal(r.code, 1);
        assert.equal(r.err, '');
        const log = JSON.parse(r.out);
        assertValidSarif(log);
        assert.equal(validateSarif({ ...log, version: '2.0.0' }), false, 'the schema check can fail');
        assert.equal(log.version, '2.1.0');
        const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
        const syntax = results.find(x => x.ruleId === 'parsing-error')!;
        assert.equal(syntax.level, 'error');
        assert.equal(syntax.locations[0].physicalLocation.region.startLine, 3);
        assert.equal(log.runs[0].tool.driver.rules[syntax.ruleIndex].id, 'parsing-error');
        assert.equal(results.find(x => x.ruleId === 'waktu-unknown-unit')?.level, 'warning');
    });

    it('sarif: the examples give a valid log; file names become URI references', async () => {
        const log = JSON.parse((await run('check', 'examples', '--hints', '--format', 'sarif')).out);
        assertValidSarif(log);
        const uris = log.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
        assert.ok(uris.length > 0 && uris.every((u: string) => /^examples\/[a-z-]+\.sop$/.test(u)), uris.join(' '));
        const spaced = path.join(dir, 'folder with space');
        mkdirSync(spaced, { recursive: true });
        writeFileSync(path.join(spaced, 'a,b.sop'), readFileSync(broken));
        const withSpace = JSON.parse((await run('check', spaced, '--format', 'sarif')).out);
        assertValidSarif(withSpace);
        const uri = withSpace.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
        assert.match(uri, /^file:\/\/\/.*folder%20with%20space\/a%2Cb\.sop$/);
    });

    it('github: one workflow command per problem, properties and data escaped', async () => {
        const r = await run('check', broken, warned, '--format', 'github');
        assert.equal(r.code, 1);
        const lines = r.out.trimEnd().split('\n');
        for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=sop [a-z0-9-]+::[^\n]+$/);
        assert.ok(lines.some(l => l.startsWith('::error ') && l.includes('broken.sop,line=3,col=11,')), r.out);
        assert.ok(lines.some(l => l.startsWith('::warning ') && l.includes('title=sop waktu-unknown-unit::')), r.out);
    });

    it('--format is case-insensitive and names the choices when wrong', async () => {
        assert.equal((await run('check', warned, '--format', 'SARIF')).code, 0);
        const bad = await run('check', warned, '--format', 'xml');
        assert.equal(bad.code, 2);
        assert.match(bad.err, /--format must be one of: text, json, sarif, github/);
    });
});
