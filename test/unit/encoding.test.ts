import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runSop } from '../support/cli-run.js';
import { decodeSopText } from '../../server/src/language/sop-text-decoding.js';
import { codesOf, createTestServices, errorsOf } from '../support/sop-test-services.js';
import { stepActor } from '../../server/src/language/sop-clauses.js';

const run = runSop;

const CLEAN = 'sop bersih "BERSIH"\npelaksana a "A"\nkapsul s "Memulai" oleh a\n';

// Issue 11 item 11: invalid UTF-8 was silently turned into U+FFFD, a NUL byte was printed raw,
// and names were ASCII-only although the README said "letters".
describe('encoding', () => {
    it('says where a file is not UTF-8', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-enc-'));
        const file = path.join(dir, 'latin1.sop');
        const head = Buffer.from('sop lama "LAMA"\npelaksana a "A"\nkapsul s "');
        writeFileSync(file, Buffer.concat([head, Buffer.from([0x4d, 0xe9, 0x6d, 0x75, 0x6c, 0x61, 0x69]), Buffer.from('" oleh a\n')]));
        const r = await run('check', file);
        assert.equal(r.code, 1, r.out + r.err);
        assert.match(r.out, /latin1\.sop:3:1: error: This file is not UTF-8 \(line 3\).*\[not-utf8\]/);
    });

    it('finds the first invalid byte, and reads valid UTF-8 and a BOM silently', () => {
        assert.equal(decodeSopText(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28])).invalidUtf8Line, 3);
        assert.equal(decodeSopText(Buffer.from([0xed, 0xa0, 0x80])).invalidUtf8Line, 1, 'an encoded surrogate is not UTF-8');
        assert.equal(decodeSopText(Buffer.from([0xc0, 0xaf])).invalidUtf8Line, 1, 'an overlong form is not UTF-8');
        const bom = decodeSopText(Buffer.from('\uFEFFsop é "É" 😀', 'utf8'));
        assert.deepEqual(bom, { text: 'sop é "É" 😀' });
    });

    it('never prints a NUL or a bidi override raw in a message', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-nul-'));
        const file = path.join(dir, 'nul.sop');
        writeFileSync(file, `${CLEAN}\u0000\u202E\n`);
        const r = await run('check', file);
        assert.equal(r.code, 1);
        assert.doesNotMatch(r.out, /[\u0000\u202E]/);
        assert.match(r.out, /U\+0000/);
    });

    it('accepts names with letters beyond ASCII', async () => {
        const { validate } = createTestServices();
        const doc = await validate([
            'sop suratÉdaran "SURAT EDARAN"',
            'pelaksana sekretarisé "Sekretaris"',
            'pelaksana kepalaÑ "Kepala"',
            'kapsul terimaŞurat "Menerima surat" oleh sekretarisé',
            'langkah x1 "Memeriksa surat" oleh kepalaÑ',
            'kapsul arşip "Mengarsipkan surat" oleh sekretarisé',
        ].join('\n'));
        assert.deepEqual(errorsOf(doc), []);
        assert.ok(!codesOf(doc).includes('parsing-error'));
        assert.deepEqual(doc.parseResult.value.steps.map(s => stepActor(s)?.ref?.name), ['sekretarisé', 'kepalaÑ', 'sekretarisé']);
    });
});
