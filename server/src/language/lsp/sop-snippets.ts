/**
 * Snippet bodies (LSP snippet syntax) in the file's keyword language. Choices list the actors and
 * steps already in the file; text stays Indonesian because the printed document is Indonesian.
 */
type Lang = 'id' | 'en';

const K = {
    id: {
        sop: 'sop', status: 'status draf', institution: 'instansi', number: 'nomor', created: 'tanggal pembuatan',
        revised: 'tanggal revisi', effective: 'tanggal efektif', approved: 'disahkan oleh', position: 'jabatan', name: 'nama',
        paper: 'kertas', legal: 'dasar hukum', qualifications: 'kualifikasi pelaksana', related: 'keterkaitan',
        equipment: 'peralatan', warnings: 'peringatan', records: 'pencatatan dan pendataan', actor: 'pelaksana',
        terminator: 'kapsul', step: 'langkah', decision: 'keputusan', by: 'oleh', question: 'pertanyaan',
        requires: 'kelengkapan', time: 'waktu', notes: 'keterangan', yes: 'ya ke', no: 'tidak ke',
        minutes: 'menit', units: ['menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan', 'tahun'],
    },
    en: {
        sop: 'procedure', status: 'status draft', institution: 'institution', number: 'number', created: 'created',
        revised: 'revised', effective: 'effective', approved: 'approved by', position: 'position', name: 'name',
        paper: 'paper', legal: 'legal basis', qualifications: 'qualifications', related: 'related',
        equipment: 'equipment', warnings: 'warnings', records: 'records', actor: 'actor',
        terminator: 'terminator', step: 'step', decision: 'decision', by: 'by', question: 'question',
        requires: 'requires', time: 'time', notes: 'notes', yes: 'yes to', no: 'no to',
        minutes: 'minutes', units: ['minutes', 'hours', 'days', 'working days', 'weeks', 'months', 'years'],
    },
};

/** `${n|a,b|}` when there are choices, else a plain placeholder. */
function choice(n: number, options: string[], fallback: string): string {
    return options.length > 0 ? `\${${n}|${options.join(',')}|}` : `\${${n}:${fallback}}`;
}

/** A complete SOP: every identity field, two actors, start, decision, process and end. */
export function sopSnippet(lang: Lang): string {
    const k = K[lang];
    return [
        `${k.sop} \${1:namaSop} "\${2:JUDUL SOP}"`,
        '',
        k.status,
        k.institution,
        '    "${3:PEMERINTAH KABUPATEN}"',
        '    "${4:DINAS}"',
        `${k.number} "\${5:SOP-01/UNIT/2025}"`,
        `${k.created} \${6:2025-01-02}`,
        `${k.revised} -`,
        `${k.effective} \${7:2025-01-02}`,
        k.approved,
        `    ${k.position} "\${8:Kepala Dinas}"`,
        `    ${k.name} "\${9:NAMA PEJABAT}"`,
        '    nip ${10:19800101 200501 1 001}',
        `${k.paper} A4`,
        '',
        k.legal, '    "${11:Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP AP}"',
        k.qualifications, '    "${12:Kualifikasi}"',
        k.related, '    "${13:SOP terkait}"',
        k.equipment, '    "${14:Peralatan}"',
        k.warnings, '    "${15:Peringatan}"',
        k.records, '    "${16:Pencatatan}"',
        '',
        `${k.actor} \${17:pemohon} "\${18:Pemohon}"`,
        `${k.actor} \${19:petugas} "\${20:Petugas}"`,
        '',
        // Each output is the next step's kelengkapan, so the skeleton checks clean as it stands.
        ...stepLines(k, k.terminator, 'mulai', '${21:Mengajukan permohonan}', '${17}', '5', ['Formulir permohonan', 'Berkas permohonan']),
        '',
        ...stepLines(k, k.decision, 'periksa', '${22:Memeriksa kelengkapan berkas}', '${19}', '10', ['Berkas permohonan', 'Berkas terperiksa']),
        `    ${k.question} "\${23:Lengkap?}"`,
        `    ${k.yes} proses`,
        `    ${k.no} mulai`,
        '',
        ...stepLines(k, k.step, 'proses', '${24:Memproses permohonan}', '${19}', '30', ['Berkas terperiksa', 'Hasil permohonan']),
        '',
        `${k.terminator} akhir "\${25:Menerima hasil}"`,
        `    ${k.by} \${17}`,
        `    ${k.requires} "Hasil permohonan"`,
        `    ${k.time} -`,
        '    output "Hasil diterima"',
        '$0',
    ].join('\n');
}

function stepLines(k: typeof K.id, kind: string, name: string, activity: string, actor: string, minutes: string, [requires, output]: [string, string]): string[] {
    return [
        `${kind} ${name} "${activity}"`,
        `    ${k.by} ${actor}`,
        `    ${k.requires} "${requires}"`,
        `    ${k.time} ${minutes} ${k.minutes}`,
        `    output "${output}"`,
    ];
}

/** A process step with its full mutu baku (kelengkapan, waktu, output) and keterangan. */
export function stepSnippet(lang: Lang, actors: string[]): string {
    const k = K[lang];
    return [
        `${k.step} \${1:nama} "\${2:Kegiatan}"`,
        `    ${k.by} ${choice(3, actors, 'pelaksana')}`,
        `    ${k.requires} "\${4:Kelengkapan}"`,
        `    ${k.time} \${5:5} ${choice(6, k.units, k.minutes)}`,
        '    output "${7:Output}"',
        `    ${k.notes} "\${8:Keterangan}"`,
        '$0',
    ].join('\n');
}

/** A decision with its question and both branches. */
export function decisionSnippet(lang: Lang, actors: string[], steps: string[]): string {
    const k = K[lang];
    return [
        `${k.decision} \${1:periksa} "\${2:Memeriksa}"`,
        `    ${k.by} ${choice(3, actors, 'pelaksana')}`,
        `    ${k.question} "\${4:Lengkap?}"`,
        `    ${k.requires} "\${5:Kelengkapan}"`,
        `    ${k.time} \${6:10} ${choice(7, k.units, k.minutes)}`,
        '    output "${8:Output}"',
        `    ${k.yes} ${choice(9, steps, 'langkahYa')}`,
        `    ${k.no} ${choice(10, steps, 'langkahTidak')}`,
        '$0',
    ].join('\n');
}
