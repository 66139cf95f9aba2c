/**
 * Snippet bodies (LSP snippet syntax) in the file's keyword language. Choices list the actors and
 * steps already in the file; text stays Indonesian because the printed document is Indonesian.
 */
import { kw, UNITS, type Lang } from './sop-vocabulary.js';

/** The keywords a snippet writes, in one language, from the vocabulary. */
function keywordsOf(lang: Lang) {
    const k = (c: Parameters<typeof kw>[0]) => kw(c, lang);
    // English files write the date kind alone (`created 5 May 2025`), Indonesian ones through `tanggal`.
    const date = (c: 'created' | 'revised' | 'effective') => (lang === 'id' ? `${k('date')} ${k(c)}` : k(c));
    return {
        sop: k('sop'), status: `${k('status')} ${k('draft')}`, institution: k('institution'), number: k('number'),
        created: date('created'), revised: date('revised'), effective: date('effective'), approved: k('approvedBy'),
        position: k('position'), name: k('name'), paper: k('paper'), legal: k('legalBasis'), qualifications: k('qualifications'),
        related: k('related'), equipment: k('equipment'), warnings: k('warnings'), records: k('records'), actor: k('actor'),
        terminator: k('terminator'), step: k('step'), decision: k('decision'), by: k('by'), question: k('question'),
        requires: k('requires'), time: k('time'), notes: k('notes'), output: k('output'), nip: k('nip'),
        yes: `${k('yes')} ${k('to')}`, no: `${k('no')} ${k('to')}`,
        minutes: UNITS.minute[lang], units: Object.values(UNITS).map(u => u[lang]),
    };
}

const K = { id: keywordsOf('id'), en: keywordsOf('en') };

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
        `    ${k.nip} \${10:19800101 200501 1 001}`,
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
        `    ${k.output} "Hasil diterima"`,
        '$0',
    ].join('\n');
}

function stepLines(k: typeof K.id, kind: string, name: string, activity: string, actor: string, minutes: string, [requires, output]: [string, string]): string[] {
    return [
        `${kind} ${name} "${activity}"`,
        `    ${k.by} ${actor}`,
        `    ${k.requires} "${requires}"`,
        `    ${k.time} ${minutes} ${k.minutes}`,
        `    ${k.output} "${output}"`,
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
        `    ${k.output} "\${7:Output}"`,
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
        `    ${k.output} "\${8:Output}"`,
        `    ${k.yes} ${choice(9, steps, 'langkahYa')}`,
        `    ${k.no} ${choice(10, steps, 'langkahTidak')}`,
        '$0',
    ].join('\n');
}
