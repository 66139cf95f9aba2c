/**
 * What each keyword means in the regulation's terms (Permenpan-RB 35/2012, SOP-AP), for hover.
 * Both synonyms of a keyword share one entry; the text follows the server locale.
 */
import type { Locale } from '../sop-messages.js';
import { KEYWORDS, spellings, type Concept } from '../../vocabulary/sop-vocabulary.js';

interface KeywordDoc {
    /** The element of the SOP-AP document, as the regulation names it. */
    term: string;
    id: string;
    en: string;
}

const DOCS: Array<[Concept, KeywordDoc]> = [
    ['sop', { term: 'SOP AP', id: 'Memulai satu Standar Operasional Prosedur Administrasi Pemerintahan: nama (untuk dirujuk) dan judul, yaitu NAMA SOP pada lembar identitas.', en: 'Starts one Standard Operating Procedure of Government Administration: its name (for references) and its title, NAMA SOP on the identity sheet.' }],
    ['status', { term: 'Status', id: 'Status dokumen: draf atau final. Beberapa pemeriksaan menjadi galat bila final.', en: 'Document status: draft or final. Some checks become errors when final.' }],
    ['institution', { term: 'Instansi / unit kerja', id: 'Kop lembar identitas: nama instansi dan unit kerja, dari yang terbesar.', en: 'Identity sheet heading: the institution and work unit, largest first.' }],
    ['logo', { term: 'Logo', id: 'Berkas gambar logo instansi pada lembar identitas.', en: 'Image file of the institution logo on the identity sheet.' }],
    ['number', { term: 'Nomor SOP', id: 'NOMOR SOP: nomor registrasi SOP pada instansi.', en: 'NOMOR SOP: the SOP registration number.' }],
    ['date', { term: 'Tanggal', id: 'Tanggal pada lembar identitas: pembuatan, revisi, atau efektif.', en: 'A date of the identity sheet: created, revised or effective.' }],
    ['created', { term: 'Tanggal pembuatan', id: 'TANGGAL PEMBUATAN: tanggal SOP disusun.', en: 'TANGGAL PEMBUATAN: when the SOP was drawn up.' }],
    ['revised', { term: 'Tanggal revisi', id: 'TANGGAL REVISI: tanggal revisi terakhir atau yang direncanakan; "-" bila belum ada.', en: 'TANGGAL REVISI: the last or planned revision date; "-" when none.' }],
    ['effective', { term: 'Tanggal efektif', id: 'TANGGAL EFEKTIF: tanggal SOP mulai berlaku.', en: 'TANGGAL EFEKTIF: when the SOP takes effect.' }],
    ['approvedBy', { term: 'Disahkan oleh', id: 'DISAHKAN OLEH: pejabat yang mengesahkan SOP (jabatan, nama, NIP).', en: 'DISAHKAN OLEH: the official who approves the SOP (position, name, NIP).' }],
    ['position', { term: 'Jabatan', id: 'Jabatan pejabat yang mengesahkan.', en: 'Position of the approving official.' }],
    ['name', { term: 'Nama', id: 'Nama pejabat yang mengesahkan, dengan gelar.', en: 'Name of the approving official, with titles.' }],
    ['nip', { term: 'NIP', id: 'Nomor Induk Pegawai pejabat yang mengesahkan (18 digit).', en: 'Civil servant number (NIP) of the approving official, 18 digits.' }],
    ['rank', { term: 'Pangkat', id: 'Pangkat/golongan pejabat yang mengesahkan (opsional).', en: 'Rank/grade of the approving official (optional).' }],
    ['legalBasis', { term: 'Dasar hukum', id: 'DASAR HUKUM: peraturan yang menjadi landasan prosedur.', en: 'DASAR HUKUM: the regulations the procedure rests on.' }],
    ['qualifications', { term: 'Kualifikasi pelaksana', id: 'KUALIFIKASI PELAKSANA: pengetahuan dan keterampilan yang harus dimiliki pelaksana.', en: 'KUALIFIKASI PELAKSANA: the knowledge and skills the actors need.' }],
    ['related', { term: 'Keterkaitan', id: 'KETERKAITAN: SOP lain yang berhubungan, dirujuk dengan namanya atau ditulis sebagai teks.', en: 'KETERKAITAN: related SOPs, referenced by name or written as text.' }],
    ['equipment', { term: 'Peralatan/perlengkapan', id: 'PERALATAN/PERLENGKAPAN: alat dan bahan yang diperlukan.', en: 'PERALATAN/PERLENGKAPAN: tools and supplies needed.' }],
    ['warnings', { term: 'Peringatan', id: 'PERINGATAN: akibat atau risiko bila prosedur tidak dilaksanakan.', en: 'PERINGATAN: the consequences or risks if the procedure is not followed.' }],
    ['records', { term: 'Pencatatan dan pendataan', id: 'PENCATATAN DAN PENDATAAN: apa yang dicatat dan didata, serta di mana.', en: 'PENCATATAN DAN PENDATAAN: what is recorded, and where.' }],
    ['paper', { term: 'Kertas', id: 'Ukuran kertas cetak: A4, F4, Letter, atau Legal (selalu lanskap).', en: 'Print paper size: A4, F4, Letter or Legal (always landscape).' }],
    ['actor', { term: 'Pelaksana', id: 'PELAKSANA: jabatan yang melaksanakan kegiatan; satu kolom pada tabel diagram alir.', en: 'PELAKSANA: a position that performs activities; one column of the flowchart table.' }],
    ['terminator', { term: 'Kapsul (terminator)', id: 'Kegiatan bersimbol kapsul: awal atau akhir prosedur.', en: 'An activity drawn as a terminator (capsule): start or end of the procedure.' }],
    ['step', { term: 'Kegiatan (proses)', id: 'Kegiatan bersimbol persegi panjang: satu baris tabel (kolom NO dan KEGIATAN).', en: 'An activity drawn as a process box: one row of the table (NO and KEGIATAN columns).' }],
    ['decision', { term: 'Keputusan', id: 'Kegiatan bersimbol belah ketupat: pilihan dengan cabang "Ya" dan "Tidak".', en: 'An activity drawn as a decision diamond, with a "Ya" (yes) and a "Tidak" (no) branch.' }],
    ['by', { term: 'Pelaksana kegiatan', id: 'Pelaksana yang melakukan kegiatan ini (kolom tempat simbolnya).', en: 'The actor who performs this activity (the column of its shape).' }],
    ['with', { term: 'Kegiatan bersama', id: 'Pelaksana lain yang melakukan kegiatan bersama-sama.', en: 'Further actors performing the activity jointly.' }],
    ['question', { term: 'Pertanyaan keputusan', id: 'Teks singkat di dalam simbol keputusan, misalnya "Lengkap?".', en: 'Short text inside the decision diamond, e.g. "Lengkap?".' }],
    ['requires', { term: 'Mutu baku: kelengkapan', id: 'MUTU BAKU — KELENGKAPAN: bahan, dokumen, atau sarana yang diperlukan kegiatan.', en: 'MUTU BAKU — KELENGKAPAN: the inputs, documents or means the activity needs.' }],
    ['time', { term: 'Mutu baku: waktu', id: 'MUTU BAKU — WAKTU: waktu baku penyelesaian kegiatan (menit, jam, hari, hari kerja, …).', en: 'MUTU BAKU — WAKTU: the standard time of the activity (minutes, hours, days, working days, …).' }],
    ['output', { term: 'Mutu baku: output', id: 'MUTU BAKU — OUTPUT: hasil kegiatan.', en: 'MUTU BAKU — OUTPUT: what the activity produces.' }],
    ['notes', { term: 'Keterangan', id: 'Kolom KETERANGAN: catatan untuk kegiatan ini.', en: 'KETERANGAN column: remarks on this activity.' }],
    ['next', { term: 'Kegiatan berikutnya', id: 'Kegiatan berikutnya bila bukan baris di bawahnya.', en: 'The next activity, when it is not the row below.' }],
    ['end', { term: 'Akhir alur', id: 'Alur prosedur berakhir pada kegiatan ini.', en: 'The flow of the procedure ends at this activity.' }],
    ['yes', { term: 'Cabang "Ya"', id: 'Cabang "Ya" dari keputusan: kegiatan yang dituju bila jawabannya ya.', en: 'The "Ya" (yes) branch of a decision: where the flow goes when the answer is yes.' }],
    ['no', { term: 'Cabang "Tidak"', id: 'Cabang "Tidak" dari keputusan: kegiatan yang dituju bila jawabannya tidak.', en: 'The "Tidak" (no) branch of a decision: where the flow goes when the answer is no.' }],
    ['max', { term: 'Batas waktu', id: 'Waktu baku sebagai batas paling lama.', en: 'The standard time as an upper bound.' }],
    ['process', { term: 'Kegiatan (proses)', id: 'Kegiatan bersimbol persegi panjang; sama dengan `langkah`.', en: 'An activity drawn as a process box; the same as `step`.' }],
    ['text', { term: 'Teks simbol', id: 'Teks di dalam simbol (kapsul atau belah ketupat), bila berbeda dari kegiatan.', en: 'Text inside the symbol (terminator or diamond), when it differs from the activity.' }],
    ['cell', { term: 'Simbol pada kolom pelaksana', id: 'Satu simbol pada kolom seorang pelaksana di baris ini: `sel ketua keputusan "Lengkap?"`. Dirujuk sebagai `<langkah>.<pelaksana>`.', en: 'One symbol in an actor\'s column of this row: `cell head decision "Complete?"`. Referenced as `<step>.<actor>`.' }],
    ['branch', { term: 'Cabang berlabel', id: 'Cabang keputusan dengan label sendiri, mis. `cabang "Teknis" ke telaah`.', en: 'A decision exit with its own label, e.g. `branch "Teknis" to review`.' }],
    ['group', { term: 'Kelompok pelaksana', id: 'Judul di atas kolom pelaksana yang dideklarasikan sesudahnya (mis. Satker Penerima).', en: 'A header over the actor columns declared after it (e.g. Satker Penerima).' }],
    ['heading', { term: 'Judul kolom', id: 'Judul kolom tabel sebagaimana dicetak instansi, mis. `judul kolom kegiatan "Uraian"`.', en: 'A table column heading as the office prints it, e.g. `heading activity "Uraian"`.' }],
    ['table', { term: 'Pilihan tabel', id: 'Cara mencetak tabel: `nomor kolom`, `kepala sekali`, `terpisah`.', en: 'How the table prints: `column numbers`, `header once`, `separate`.' }],
    ['pageBreak', { term: 'Halaman baru', id: 'Baris ini dimulai pada halaman baru.', en: 'This row starts a new page.' }],
    ['merged', { term: 'Waktu gabung', id: 'Sel WAKTU digabung dengan baris di atasnya.', en: 'The WAKTU cell is merged with the row above.' }],
    ['esign', { term: 'Tanda tangan elektronik', id: 'Dokumen ditandatangani secara elektronik (TTE, BSrE): NIP boleh tidak ditulis.', en: 'The document is signed electronically (TTE, BSrE): the NIP may be left out.' }],
    ['footnote', { term: 'Catatan kaki', id: 'Baris "Ket:" di bawah tabel diagram alir.', en: 'A "Ket:" line below the flowchart table.' }],
];

/**
 * Every word of a concept's spellings leads to its entry (`hukum` to dasar hukum), except words
 * several concepts share (`dan`, `pelaksana` of `kualifikasi pelaksana`), which belong to the
 * concept they start (`pelaksana` → actor) or to none.
 */
function byKeyword(): Map<string, KeywordDoc> {
    const map = new Map<string, KeywordDoc>();
    const wordsOf = (c: Concept) => spellings(KEYWORDS[c]).map(p => p.split(' '));
    for (const [concept, doc] of DOCS) for (const [first] of wordsOf(concept)) map.set(first, doc);
    const owners = new Map<string, number>();
    for (const [concept] of DOCS) for (const w of new Set(wordsOf(concept).flat())) owners.set(w, (owners.get(w) ?? 0) + 1);
    for (const [concept, doc] of DOCS) {
        for (const w of wordsOf(concept).flat()) if (!map.has(w) && owners.get(w) === 1) map.set(w, doc);
    }
    return map;
}

const BY_KEYWORD = byKeyword();

/** Markdown for a keyword's hover, or undefined for keywords without an entry (`ke`, `x`, …). */
export function keywordHover(keyword: string, locale: Locale): string | undefined {
    const doc = BY_KEYWORD.get(keyword);
    return doc ? `**${doc.term}** (\`${keyword}\`)\n\n${doc[locale]}` : undefined;
}
