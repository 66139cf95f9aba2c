import assert from 'node:assert/strict';
import { expectCompletion } from 'langium/test';
import { describe, it } from 'mocha';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { createTestServices } from '../support/sop-test-services.js';

const services = createTestServices();
const completion = expectCompletion(services.Sop);

const ID = 'sop a "T"\npelaksana admin "Pengadministrasi Umum"\npelaksana kasi "Kepala Seksi"\n'
    + 'langkah terima "Menerima surat" oleh admin\nkeputusan periksa "Memeriksa surat" oleh kasi\n';
const EN = 'procedure a "T"\nactor admin "Admin"\nstep receive "Receive" by admin\n';

const labels = (list: CompletionList) => list.items.map(i => i.label);
const item = (list: CompletionList, label: string): CompletionItem => {
    const found = list.items.find(i => i.label === label);
    assert.ok(found, `no item ${label} in ${labels(list).join(' ')}`);
    return found;
};

describe('completion', () => {
    it('offers keywords of the document language only (Indonesian)', async () => {
        await completion({
            text: `${ID}    <|>`, index: 0, assert: list => {
                const l = labels(list);
                for (const k of ['oleh', 'kelengkapan', 'waktu', 'lanjut', 'langkah', 'keputusan', 'pelaksana']) assert.ok(l.includes(k), k);
                for (const k of ['by', 'requires', 'time', 'next', 'step', 'decision', 'actor', 'procedure']) assert.ok(!l.includes(k), k);
            },
        });
    });

    it('offers keywords of the document language only (English)', async () => {
        await completion({
            text: `${EN}    <|>`, index: 0, assert: list => {
                const l = labels(list);
                for (const k of ['by', 'requires', 'time', 'next', 'step', 'decision', 'actor', 'legal basis', 'approved by']) assert.ok(l.includes(k), k);
                for (const k of ['oleh', 'kelengkapan', 'waktu', 'lanjut', 'langkah', 'keputusan', 'pelaksana', 'dasar hukum']) assert.ok(!l.includes(k), k);
            },
        });
    });

    it('offers actors with their jabatan where an actor is expected, and no keywords', async () => {
        await completion({
            text: `${ID}langkah catat "Mencatat" oleh <|>`, index: 0, assert: list => {
                assert.deepEqual(labels(list), ['admin', 'kasi']);
                assert.equal(item(list, 'admin').detail, 'Pengadministrasi Umum');
                assert.equal(item(list, 'kasi').detail, 'Kepala Seksi');
            },
        });
    });

    it('offers actors after `oleh pelaksana` (a keyword that starts an actor is also a name)', async () => {
        const logged: unknown[] = [];
        const log = console.error;
        console.error = (...args: unknown[]) => { logged.push(args[0]); };
        try {
            for (const tail of ['oleh pelaksana<|>', 'oleh admin bersama pelaksana<|>']) {
                await completion({
                    text: `${ID}pelaksana pelaksanaTeknis "Pelaksana Teknis"\nlangkah b "B"\n    ${tail}`, index: 0, assert: list => {
                        assert.deepEqual(labels(list), ['pelaksanaTeknis'], tail);
                    },
                });
            }
        } finally {
            console.error = log;
        }
        assert.deepEqual(logged.map(String), []);
    });

    it('offers steps with row number and kegiatan where a target is expected', async () => {
        await completion({
            text: `${ID}langkah catat "Mencatat" oleh admin lanjut ke <|>`, index: 0, assert: list => {
                assert.deepEqual(labels(list), ['terima', 'periksa']);
                assert.equal(item(list, 'terima').detail, 'No. 1 — Menerima surat');
                assert.equal(item(list, 'periksa').detail, 'No. 2 — Memeriksa surat');
            },
        });
        await completion({
            text: `${ID}    ya ke <|>`, index: 0,
            assert: list => assert.deepEqual(labels(list), ['terima']),
        });
    });

    it('offers time units after a number, in the document language', async () => {
        await completion({
            text: `${ID}    waktu 5 <|>`, index: 0, assert: list => {
                const units = list.items.filter(i => i.kind === CompletionItemKind.Unit).map(i => i.label);
                assert.deepEqual(units, ['menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan', 'tahun']);
            },
        });
        await completion({
            text: `${EN}    time 2 <|>`, index: 0, assert: list => {
                const units = list.items.filter(i => i.kind === CompletionItemKind.Unit).map(i => i.label);
                assert.deepEqual(units, ['minutes', 'hours', 'days', 'working days', 'weeks', 'months', 'years']);
            },
        });
        await completion({
            text: `${ID}    waktu 2 hari <|>`, index: 0,
            assert: list => assert.deepEqual(list.items.filter(i => i.kind === CompletionItemKind.Unit).map(i => i.label), ['kerja', 'kalender']),
        });
    });

    it('offers identity fields not yet written, as whole phrases', async () => {
        await completion({
            text: 'sop a "T"\nnomor "1"\ntanggal pembuatan 2025-01-02\ndasar hukum "UU"\n<|>', index: 0, assert: list => {
                const l = labels(list);
                for (const k of ['status', 'instansi', 'tanggal revisi', 'tanggal efektif', 'disahkan oleh', 'kualifikasi pelaksana', 'pencatatan dan pendataan', 'kertas']) {
                    assert.ok(l.includes(k), k);
                }
                for (const k of ['nomor', 'tanggal pembuatan', 'dasar hukum', 'pembuatan', 'tanggal']) assert.ok(!l.includes(k), k);
            },
        });
        await completion({
            text: 'sop a "T"\ntanggal <|>', index: 0,
            assert: list => assert.deepEqual(labels(list), ['pembuatan', 'revisi', 'efektif']),
        });
    });

    it('offers no keywords where a new name is expected', async () => {
        await completion({ text: `${ID}pelaksana <|>`, index: 0, assert: list => assert.deepEqual(labels(list), []) });
    });

    it('offers snippets: SOP skeleton in an empty file, step and decision at a clause start', async () => {
        await completion({
            text: '<|>', index: 0, assert: list => {
                const skeleton = list.items.find(i => i.label === 'sop' && i.kind === CompletionItemKind.Snippet);
                assert.ok(skeleton);
                assert.equal(skeleton.insertTextFormat, InsertTextFormat.Snippet);
                const body = skeleton.textEdit?.newText ?? '';
                for (const k of ['status', 'instansi', 'nomor', 'tanggal pembuatan', 'tanggal revisi', 'tanggal efektif', 'disahkan oleh', 'dasar hukum',
                    'kualifikasi pelaksana', 'keterkaitan', 'peralatan', 'peringatan', 'pencatatan dan pendataan', 'kapsul', 'keputusan', 'langkah']) {
                    assert.ok(body.includes(k), k);
                }
                assert.equal(body.match(/^pelaksana /gm)?.length, 2);
            },
        });
        await completion({
            text: `${ID}<|>`, index: 0, assert: list => {
                const snippets = list.items.filter(i => i.kind === CompletionItemKind.Snippet);
                assert.deepEqual(snippets.map(s => s.label).sort(), ['keputusan', 'langkah']);
                const decision = snippets.find(s => s.label === 'keputusan')!.textEdit!.newText;
                assert.match(decision, /ya ke \$\{9\|terima,periksa\|\}/);
                assert.match(decision, /tidak ke \$\{10\|terima,periksa\|\}/);
                const step = snippets.find(s => s.label === 'langkah')!.textEdit!.newText;
                assert.match(step, /oleh \$\{3\|admin,kasi\|\}/);
                for (const k of ['kelengkapan', 'waktu', 'output']) assert.ok(step.includes(k), k);
            },
        });
    });

    it('a snippet inserted and filled in parses without errors', async () => {
        const { sopSnippet } = await import('../../server/src/vocabulary/sop-snippets.js');
        for (const lang of ['id', 'en'] as const) {
            const text = sopSnippet(lang).replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{(\d+)\}/g, (_, n) => n === '17' ? 'pemohon' : 'petugas').replace('$0', '');
            const doc = await services.validate(text);
            const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1);
            assert.deepEqual(errors.map(e => e.message), [], lang);
        }
    });

    it('offers the SOPs of the workspace in keterkaitan (cross-file), not the SOP itself', async () => {
        await services.validate('sop pengaduan "PENANGANAN PENGADUAN"\n', 'file:///ws/pengaduan.sop');
        await completion({
            text: 'sop izin "IZIN"\nketerkaitan <|>', index: 0, parseOptions: { documentUri: 'file:///ws/izin.sop' },
            assert: list => {
                assert.ok(labels(list).includes('pengaduan'));
                assert.ok(!labels(list).includes('izin'));
                assert.equal(item(list, 'pengaduan').detail, 'PENANGANAN PENGADUAN');
            },
        });
    });

    // Fuzz seed 1, iteration 1614: Langium follows the grammar over the tokens its completion parser
    // could not read, and its paths doubled per item of a `','?` list: 20 items overflowed the stack,
    // 60 ran for minutes until memory ran out.
    it('answers inside a long list the parser could not read (items in the wrong clause)', async () => {
        const items = Array.from({ length: 60 }, (_, i) => `"b${i}"`).join(', ');
        const text = `${ID}keterkaitan\n    "SOP Lain"\n    kelengkapan ${items}<|>\n`;
        await completion({ text, index: 0, assert: list => assert.ok(Array.isArray(list.items)) });
    });

    it('still completes after a few unreadable tokens', async () => {
        await completion({
            text: `${ID}keterkaitan\n    "SOP Lain"\n    kelengkapan "a", "b"\n<|>`, index: 0,
            assert: list => assert.ok(list.items.length > 0, 'something is offered after a short unreadable stretch'),
        });
    });

    // Fuzz seed 1, iteration 39611: the unit completion found the word before the cursor with
    // `/(\S+)$/`, quadratic in a long run of letters: 36 s after a 100,000-letter keterangan.
    it('completes units after a step whose keterangan is one 150,000-letter word', async () => {
        const text = `${ID}    keterangan "${'W'.repeat(150_000)}"\n    waktu 5 <|>`;
        await completion({ text, index: 0, assert: list => assert.ok(labels(list).includes('menit'), labels(list).join(' ')) });
    });
});

