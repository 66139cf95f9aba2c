/**
 * Which keywords belong to which language. Indonesian is primary; each English word is a synonym.
 * Used to tell a file's language (completion, messages in examples) and by the formatter.
 */
export const INDONESIAN_KEYWORDS: ReadonlySet<string> = new Set([
    'sop', 'status', 'draf', 'instansi', 'logo', 'nomor', 'tanggal', 'pembuatan', 'revisi', 'efektif',
    'disahkan', 'oleh', 'jabatan', 'nama', 'nip', 'pangkat', 'dasar', 'hukum', 'kualifikasi', 'pelaksana',
    'peralatan', 'dan', 'perlengkapan', 'peringatan', 'pencatatan', 'pendataan', 'keterkaitan', 'kertas',
    'langkah', 'kapsul', 'keputusan', 'bersama', 'pertanyaan', 'kelengkapan', 'waktu', 'output',
    'keterangan', 'lanjut', 'ke', 'selesai', 'ya', 'tidak', 'sampai', 'maksimal', 'maks', 'paling', 'lama',
    'catatan', 'kaki', 'final', 'x',
]);

export const ENGLISH_KEYWORDS: ReadonlySet<string> = new Set([
    'procedure', 'status', 'draft', 'institution', 'logo', 'number', 'date', 'created', 'revised', 'effective',
    'approved', 'by', 'position', 'name', 'nip', 'rank', 'legal', 'basis', 'qualifications', 'equipment',
    'warnings', 'records', 'related', 'paper', 'actor', 'step', 'terminator', 'decision', 'with', 'question',
    'requires', 'time', 'output', 'notes', 'next', 'to', 'end', 'yes', 'no', 'until', 'max', 'maximum', 'at',
    'most', 'footnote', 'final', 'x',
]);

/** Language of a keyword: 'id', 'en', or undefined when it is shared (`nip`, `output`, `logo`…). */
export function keywordLanguage(keyword: string): 'id' | 'en' | undefined {
    const id = INDONESIAN_KEYWORDS.has(keyword);
    const en = ENGLISH_KEYWORDS.has(keyword);
    return id === en ? undefined : id ? 'id' : 'en';
}
