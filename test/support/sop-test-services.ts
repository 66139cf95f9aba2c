import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { parseHelper, validationHelper } from 'langium/test';
import type { Sop } from '../../server/src/language/generated/ast.js';
import { createSopServices } from '../../server/src/language/sop-module.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';

/**
 * The one way tests build the language services (in memory, no file system): one container per
 * test file, as Langium's own tests do, with `langium/test`'s parse and validation helpers bound to it.
 */
export function createTestServices() {
    const services = createSopServices(EmptyFileSystem);
    const parse = parseHelper<Sop>(services.Sop);
    /** `langium/test`'s validation helper (for expectError / expectNoIssues …). */
    const check = validationHelper<Sop>(services.Sop);
    let counter = 0;
    /** Parses, links and validates `text` as a new document. */
    async function validate(text: string, uri?: string): Promise<LangiumDocument<Sop>> {
        return parse(text, { validation: true, documentUri: uri ?? `file:///test/doc${++counter}.sop` });
    }
    /** Builds the SopDocument of `text`. */
    async function model(text: string): Promise<SopDocument> {
        return services.Sop.model.ModelBuilder.build(await validate(text));
    }
    return { ...services, parse, check, validate, model };
}

export function errorsOf(doc: LangiumDocument): string[] {
    return (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

export function codesOf(doc: LangiumDocument): string[] {
    return (doc.diagnostics ?? []).map(d => String(d.code ?? (d.data as { code?: string })?.code));
}

export const fileUri = (path: string) => URI.file(path).toString();

/** A small complete SOP used by several tests; 2 actors, 4 steps, 1 decision. */
export const SMALL_SOP = `
sop kecil "PENGELOLAAN SURAT KECIL"
status draf
instansi "PEMERINTAH KABUPATEN SUKAMAJU" "DINAS CONTOH"
nomor "SOP-99/CONTOH/2025"
tanggal pembuatan 2025-02-03
tanggal revisi -
tanggal efektif 10 Februari 2025
disahkan oleh
    jabatan "Kepala Dinas Contoh"
    nama "BUDI SANTOSO, S.H."
    nip 19750312 200112 1 002
pelaksana admin "Pengadministrasi Umum"
pelaksana kasubbag "Kasubbag Umum"
kapsul terima "Menerima surat" oleh admin
    kelengkapan "Surat masuk"
    waktu 5 menit
    output "Surat diterima"
keputusan periksa "Memeriksa surat" oleh kasubbag
    pertanyaan "Lengkap?"
    ya "Lengkap" ke catat
    tidak ke terima
langkah catat "Mencatat surat" oleh admin bersama kasubbag
    waktu 1-2 hari kerja
kapsul arsip "Mengarsipkan surat" oleh admin
    waktu -
`;

/** Runs `run` with the messages in `locale`, and restores the previous locale even when it throws. */
export async function withLocale<L, T>(messages: { locale: L }, locale: L, run: () => Promise<T> | T): Promise<T> {
    const previous = messages.locale;
    messages.locale = locale;
    try {
        return await run();
    } finally {
        messages.locale = previous;
    }
}
