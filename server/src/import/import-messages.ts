/**
 * Messages of `sop import`: the `// IMPORT:` comments written into imported files and the summary
 * lines, Indonesian and English. Kept apart from the diagnostics catalogue: these are not issue codes.
 */
import type { Catalogue, Locale } from '../language/sop-messages.js';
import type { ImportNote } from './import-types.js';

/** Every guess in an imported file starts with this, so a person can search for it. */
export const GUESS_MARK = 'IMPORT:';

export const ImportCodes = {
    labelSynonym: 'import-label-synonym',
    dateAsText: 'import-date-as-text',
    nipUnreadable: 'import-nip-unreadable',
    titleMissing: 'import-title-missing',
    noFlowchartTable: 'import-no-flowchart-table',
    noSymbols: 'import-no-symbols',
    rowWithoutSymbol: 'import-row-without-symbol',
    labelUnsure: 'import-label-unsure',
    labelDropped: 'import-label-dropped',
    arrowOneEnd: 'import-arrow-one-end',
    connectorUnpaired: 'import-connector-unpaired',
    symbolOutsideActors: 'import-symbol-outside-actors',
    durationAsText: 'import-duration-as-text',
    pictureFlowchart: 'import-picture-flowchart',
    pictureArrows: 'import-picture-arrows',
    decisionUnlabelled: 'import-decision-unlabelled',
} as const;

const MESSAGES: Catalogue = {
    [ImportCodes.labelSynonym]: { id: 'label "{0}" dibaca sebagai {1}', en: 'label "{0}" read as {1}' },
    [ImportCodes.dateAsText]: { id: 'tanggal "{1}" ({0}) tidak terbaca; isi sendiri', en: 'date "{1}" ({0}) not understood; fill it in' },
    [ImportCodes.nipUnreadable]: { id: 'NIP "{0}" tidak 18 angka; periksa', en: 'NIP "{0}" is not 18 digits; check it' },
    [ImportCodes.titleMissing]: { id: 'NAMA SOP tidak ditemukan', en: 'NAMA SOP not found' },
    [ImportCodes.noFlowchartTable]: { id: 'tabel diagram alir tidak ditemukan; tulis langkahnya sendiri', en: 'flowchart table not found; write the steps yourself' },
    [ImportCodes.noSymbols]: { id: 'simbol diagram alir tidak terbaca (gambar/pindaian?); alur dibiarkan urut baris, periksa', en: 'flowchart symbols not readable (picture or scan?); flow left in row order, check it' },
    [ImportCodes.rowWithoutSymbol]: { id: 'baris {0} tanpa simbol; isi pelaksananya', en: 'row {0} has no symbol; fill in its actor' },
    [ImportCodes.labelUnsure]: { id: 'label "{0}" mungkin milik cabang lain; periksa', en: 'label "{0}" may belong to another branch; check it' },
    [ImportCodes.labelDropped]: { id: 'label "{0}" pada panah dari simbol bukan keputusan diabaikan', en: 'label "{0}" on an arrow from a non-decision symbol dropped' },
    [ImportCodes.arrowOneEnd]: { id: 'panah {0} hanya satu ujungnya ditemukan; periksa alurnya', en: 'arrow {0}: only one end found; check the flow' },
    [ImportCodes.connectorUnpaired]: { id: 'penghubung antarhalaman "{0}" tanpa pasangan', en: 'off-page connector "{0}" has no partner' },
    [ImportCodes.symbolOutsideActors]: { id: 'simbol di luar kolom pelaksana pada baris {0} diabaikan', en: 'symbol outside the actor columns in row {0} ignored' },
    [ImportCodes.durationAsText]: { id: 'waktu "{0}" disimpan sebagai teks', en: 'time "{0}" kept as text' },
    [ImportCodes.pictureFlowchart]: { id: 'diagram alir berupa gambar; alur diisi sendiri', en: 'flowchart is a picture; fill in the flow yourself' },
    [ImportCodes.pictureArrows]: { id: 'diagram alir berupa gambar: panah dibaca dari piksel, label cabang ditebak dari lebarnya; periksa alurnya', en: 'flowchart is a picture: arrows read from its pixels, branch labels guessed from their width; check the flow' },
    [ImportCodes.decisionUnlabelled]: { id: 'cabang keputusan tanpa label; tentukan ya/tidak', en: 'decision exit without a label; decide yes/no' },
};

/** Formats a note in the given locale. */
export function noteText(note: ImportNote, locale: Locale): string {
    const template = MESSAGES[note.code]?.[locale] ?? note.code;
    return template.replace(/\{(\d+)\}/g, (_, i: string) => note.args[Number(i)] ?? '');
}

export function note(code: string, ...args: Array<string | number>): ImportNote {
    return { code, args: args.map(String) };
}
