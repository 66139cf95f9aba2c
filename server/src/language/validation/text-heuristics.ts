/**
 * Small, deliberately conservative heuristics over Indonesian administrative text. They feed
 * warnings and infos, never errors, so a false positive costs a squiggle, not a blocked file.
 */

/** Words that look like me-/ber- verbs but are nouns, prepositions or titles. */
const NOT_VERBS = new Set([
    'berkas', 'berita', 'beras', 'berat', 'bersama', 'beserta', 'berdasarkan', 'berikut', 'berupa', 'berbagai',
    'berlaku', 'bersangkutan', 'media', 'memo', 'menu', 'metode', 'meja', 'mesin', 'meteran', 'meterai', 'menteri',
    'merek', 'mekanisme', 'member', 'mental', 'medis', 'melalui', 'mereka', 'mengenai', 'menurut', 'menjelang',
    'menuju', 'meski', 'meskipun', 'menengah', 'mekanik', 'megah',
]);

/** Words starting with di- that are nouns, not passive verbs. */
const DI_NOUNS = new Set([
    'disposisi', 'distribusi', 'diskusi', 'dinas', 'direktur', 'direktorat', 'digital', 'diklat', 'diagram',
    'dispensasi', 'diri', 'dialog', 'divisi', 'diagnosis', 'diagnosa', 'diploma', 'direksi', 'diktat', 'dinamika', 'dimensi', 'diskon', 'dividen', 'dirjen', 'disiplin',
]);

/** Active verbs that take none of the usual prefixes. */
const BARE_ACTIVE = new Set(['bekerja', 'belajar', 'beroperasi', 'bertugas']);

const ACTIVE_PREFIX = /^(meng|meny|mem|men|me|ber|ter)[a-z]{2,}/;

/** The first word of a text, lower case, without punctuation. */
export function firstWord(text: string): string {
    const m = /^[\s"'(]*([A-Za-z-]+)/.exec(text);
    return m ? m[1].toLowerCase() : '';
}

/** True for an active verb form: me-/mem-/men-/meng-/meny-/ber- (Mencatat, Memeriksa, Berkoordinasi). */
export function isActiveVerb(word: string): boolean {
    const w = word.toLowerCase();
    if (NOT_VERBS.has(w)) return false;
    if (BARE_ACTIVE.has(w)) return true;
    return w.length >= 5 && ACTIVE_PREFIX.test(w) && !w.startsWith('ter');
}

/** True for a passive di- form (Diperiksa, Dicatat), excluding nouns such as Disposisi. */
export function isPassiveVerb(word: string): boolean {
    const w = word.toLowerCase().replace(/-.*$/, '');
    return w.length >= 5 && w.startsWith('di') && !DI_NOUNS.has(w);
}

/** A word that reads as a verb (active or passive), as far as a heuristic can tell. */
export function isVerbLike(word: string): boolean {
    return isActiveVerb(word) || isPassiveVerb(word);
}

/** "Mulai", "Selesai", "Start", "Proses selesai" … rows that carry no activity of their own. */
export function isBareStartOrEnd(activity: string): boolean {
    return /^\s*(proses\s+)?(mulai|selesai|start|end|finish|stop|awal|akhir)(\s+(proses|kegiatan|prosedur))?\s*[.!]?\s*$/i.test(activity);
}

/** "Apakah berkas lengkap?", "Lengkap?": a question rather than an activity. */
export function isQuestion(text: string): boolean {
    return /\?\s*$/.test(text) || /^\s*(apakah|apa|bagaimana|is|are|does|do)\b/i.test(text);
}

/** The conditional phrase of an optional activity ("apabila diperlukan", "jika perlu"), if any. */
export function optionalPhrase(activity: string): string | undefined {
    const m = /\b((?:apabila|bila|jika|kalau)\s+(?:di)?perlu(?:kan)?|(?:if|when)\s+(?:needed|necessary|required))\b/i.exec(activity);
    return m?.[1];
}

export interface CompoundActivity {
    first: string;
    second: string;
    conjunction: string;
}

/** "Memeriksa dan memaraf konsep" → two activities joined by dan/serta, when both sides start with a verb. */
export function splitCompound(activity: string): CompoundActivity | undefined {
    const m = /^(.+?)\s+(dan|serta)\s+(.+)$/i.exec(activity.trim());
    if (!m) return undefined;
    const [, first, conjunction, second] = m;
    if (!isActiveVerb(firstWord(first)) || !isActiveVerb(firstWord(second))) return undefined;
    return { first: first.trim(), second: second.trim(), conjunction };
}

/** Academic titles, honorifics: signs that an actor is a person rather than a position. */
export function looksLikePersonalName(label: string): boolean {
    if (/^\s*(bapak|ibu|bpk\.?|sdr\.?|sdri\.?|saudara|saudari|tuan|nyonya|ny\.)(\s|$)/i.test(label)) return true;
    if (/(^|[\s,])(dr|drs|dra|ir|prof|hj?)\.\s*[A-Za-z]/i.test(label)) return true;
    return /,\s*([A-Z][a-z]{0,3}\.\s?){1,3}/.test(label) || /\b[SMD]\.(Kom|Si|Pd|H|E|Sos|T|Ag|IP|Kes|Ked|Hum|Psi|Ak)\b/.test(label);
}

const REGULATION_TYPE = /\b(undang-undang|uu|perppu|peraturan|keputusan|instruksi|surat\s+edaran|pp|perpres|keppres|inpres|permen\w*|kepmen\w*|perda|perbup|perwal|pergub|perkada|perka\w*|perlem\w*|se)\b/i;
// "Nomor 25 Tahun 2009", "12/2011", and codes that end in a year: "PER-40/PB/2006", "190/PMK.05/2012".
const NUMBER_YEAR = /\b(nomor|no\.?)\s*[\w./-]+\s+tahun\s+\d{4}\b|\b\d+[A-Z]?\s*\/\s*\d{4}\b|\b(nomor|no\.?)\s*[\w.-]+(\/[\w.-]+)*\/\s*\d{4}\b/i;

/** "Undang-Undang Nomor 25 Tahun 2009 tentang …": a regulation type, a number and a year. */
export function looksLikeCitation(text: string): boolean {
    if (/^\s*undang-undang\s+dasar/i.test(text)) return true;
    return REGULATION_TYPE.test(text) && NUMBER_YEAR.test(text);
}

/** Text that names a regulation (for KETERKAITAN, which should name SOPs). */
export function looksLikeRegulation(text: string): boolean {
    if (/^\s*sop\b/i.test(text)) return false;
    return /^\s*(undang-undang|uu\b|perppu|peraturan|keputusan|instruksi|surat\s+edaran|pp\b|perpres|keppres|inpres|permen|kepmen|perda|perbup|perwal|pergub|perka)/i.test(text)
        || /\bnomor\s+\S+\s+tahun\s+\d{4}\b/i.test(text);
}

/**
 * Rank in the hierarchy of regulations (UU 12/2011 art. 7-8, then practice): lower comes first.
 * Undefined when the text names no known type.
 */
export function regulationRank(text: string): number | undefined {
    const t = text.toLowerCase();
    const rules: Array<[RegExp, number]> = [
        [/^\s*undang-undang\s+dasar|^\s*uud\b/, 0],
        [/^\s*(undang-undang|uu\b|perppu|peraturan pemerintah pengganti)/, 1],
        [/^\s*(peraturan pemerintah|pp\b)/, 2],
        [/^\s*(peraturan presiden|perpres\b|keputusan presiden|keppres\b|instruksi presiden|inpres\b)/, 3],
        [/^\s*(peraturan menteri|permen\w*|peraturan (kepala )?(badan|lembaga)|perlem\w*|perka\w*|keputusan menteri|kepmen\w*)/, 4],
        [/^\s*(peraturan daerah provinsi|perda provinsi)/, 5],
        [/^\s*(peraturan daerah|perda\b)/, 6],
        [/^\s*(peraturan gubernur|pergub\b)/, 7],
        [/^\s*(peraturan (bupati|wali ?kota)|perbup\b|perwal\b|perkada\b)/, 8],
        [/^\s*(keputusan|surat edaran|instruksi|se\b)/, 9],
    ];
    return rules.find(([re]) => re.test(t))?.[1];
}

interface Repealed {
    type: RegExp;
    number: string;
    year: string;
    replacement: string;
}

/** A small deny-list of rules that SOPs still cite after they were repealed. */
const REPEALED: Repealed[] = [
    { type: /undang-undang|uu\b/i, number: '32', year: '2004', replacement: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah' },
    { type: /undang-undang|uu\b/i, number: '5', year: '2014', replacement: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara' },
    { type: /undang-undang|uu\b/i, number: '43', year: '1999', replacement: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara' },
    { type: /peraturan menteri dalam negeri|permendagri/i, number: '54', year: '2009', replacement: 'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas' },
    { type: /peraturan pemerintah|pp\b/i, number: '53', year: '2010', replacement: 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil' },
    { type: /peraturan pemerintah|pp\b/i, number: '46', year: '2011', replacement: 'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja PNS' },
    { type: /peraturan pemerintah|pp\b/i, number: '41', year: '2007', replacement: 'Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah' },
    { type: /peraturan presiden|perpres/i, number: '54', year: '2010', replacement: 'Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah' },
    { type: /peraturan presiden|perpres/i, number: '4', year: '2015', replacement: 'Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah' },
    { type: /peraturan menteri|permenpan/i, number: 'PER/21/M.PAN/11', year: '2008', replacement: 'Peraturan Menteri PAN-RB Nomor 35 Tahun 2012' },
];

/** The replacement of a repealed rule cited by `text`, if it is on the deny-list. */
export function repealedReplacement(text: string): string | undefined {
    const m = /\bnomor\s+([\w./-]+)\s+tahun\s+(\d{4})\b/i.exec(text) ?? /\b(\d+)\s*\/\s*(\d{4})\b/.exec(text);
    if (!m) return undefined;
    const [, number, year] = m;
    const hit = REPEALED.find(r => r.number.toLowerCase() === number.toLowerCase() && r.year === year && r.type.test(text));
    // "sebagaimana telah diubah/dicabut" means the author already cites the amendment.
    if (!hit || /dicabut|diganti|diubah/i.test(text)) return undefined;
    return hit.replacement;
}

/** The generic PERINGATAN seen verbatim in a third of real SOPs, and empty fillers. */
export function isBoilerplateWarning(text: string): boolean {
    const t = text.trim().toLowerCase();
    if (/^(-|–|tidak ada|tidak ada\.?|nihil|n\/a)$/.test(t)) return true;
    if (/\b(sop|prosedur)\b(\s+(ini|tersebut))?\s+tidak\s+(di)?(laksanakan|jalankan|ikuti|patuhi|terapkan)/.test(t)) return true;
    return /berimbas pada penilaian kinerja|kegiatan tidak (akan )?berjalan (dengan )?(lancar|baik)/.test(t);
}

/** Lower-cased significant words, for comparing an output with the next step's inputs. */
export function significantWords(text: string): string[] {
    return text.toLowerCase().split(/[^a-z0-9]+/).filter(w => w.length > 2 && !STOP_WORDS.has(w));
}

const STOP_WORDS = new Set(['dan', 'atau', 'yang', 'dari', 'untuk', 'pada', 'dengan', 'serta', 'telah', 'sudah', 'ke', 'di']);

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
