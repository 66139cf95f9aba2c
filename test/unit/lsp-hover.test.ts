import { expectHover } from 'langium/test';
import { after, describe, it } from 'mocha';
import { createTestServices, withLocale } from '../support/sop-test-services.js';

const services = createTestServices();
const hover = expectHover(services.Sop);

const TEXT = 'sop a "SURAT"\npelaksana <|>admin "Pengadministrasi Umum"\npelaksana kasi "Kepala Seksi"\n'
    + 'langkah terima "Menerima surat" oleh <|>admin\n    kelengkapan "Surat masuk", "Buku agenda"\n    waktu <|>90 menit\n    output "Surat diterima"\n'
    + 'keputusan periksa "Memeriksa surat" oleh kasi\n    ya ke <|>terima\n    tidak ke terima\n'
    + '<|>langkah arsip "Mengarsipkan" oleh admin\n    waktu maksimal <|>3 hari kerja\n';

describe('hover', () => {
    const messages = services.Sop.i18n.Messages;
    after(() => { messages.locale = 'id'; });

    it('on an actor declaration: jabatan and the steps it performs', async () => {
        await hover({ text: TEXT, index: 0, hover: /\*\*Pengadministrasi Umum\*\*[\s\S]*Melaksanakan 2 kegiatan[\s\S]*No\. 1 — Menerima surat[\s\S]*No\. 3 — Mengarsipkan/ });
    });

    it('on an actor reference: the same', async () => {
        await hover({ text: TEXT, index: 1, hover: /Pengadministrasi Umum[\s\S]*No\. 1 — Menerima surat/ });
    });

    it('on a step reference: row number, kegiatan and mutu baku', async () => {
        await hover({ text: TEXT, index: 3, hover: /\*\*No\. 1\*\* — Menerima surat[\s\S]*Kelengkapan: Surat masuk, Buku agenda[\s\S]*Waktu: 90 menit[\s\S]*Output: Surat diterima/ });
    });

    it('on a waktu: its normalised value', async () => {
        await hover({ text: TEXT, index: 2, hover: /Waktu baku: 90 menit[\s\S]*Dinormalkan: 1 jam 30 menit/ });
        await hover({ text: TEXT, index: 5, hover: /Waktu baku: maksimal 3 hari kerja[\s\S]*3 hari kerja/ });
    });

    it('on a keyword: its meaning in the regulation, in the server locale', async () => {
        await hover({ text: TEXT, index: 4, hover: /Kegiatan \(proses\)[\s\S]*persegi panjang/ });
        await withLocale(messages, 'en', async () => {
            await hover({ text: TEXT, index: 4, hover: /process box/ });
            await hover({ text: TEXT, index: 0, hover: /Performs 2 steps:/ });
        });
    });

    it('on an SOP referenced from another file (keterkaitan)', async () => {
        await services.validate('sop pengaduan "PENANGANAN PENGADUAN"\n', 'file:///hover/pengaduan.sop');
        await hover({ text: 'sop izin "IZIN"\nketerkaitan <|>pengaduan\n', index: 0, parseOptions: { documentUri: 'file:///hover/izin.sop' }, hover: /PENANGANAN PENGADUAN/ });
    });

    it('a soft keyword used as a name hovers as the name, not the keyword', async () => {
        await hover({ text: 'sop a "T"\npelaksana <|>nama "Petugas Nama"\n', index: 0, hover: /Petugas Nama/ });
    });
});
