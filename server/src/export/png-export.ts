/**
 * PNG: each page's SVG rasterised by resvg compiled to WebAssembly (@resvg/resvg-wasm), with the bundled
 * fonts only, so a PNG looks the same on every machine. WebAssembly rather than the native addon: the
 * packaged extension carries no node_modules, and the .wasm file travels beside the bundles (esbuild
 * copies it to out/resvg.wasm), so PNG and Word (its drawings' PNG fallback) work from the .vsix alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { EXPORT_FONT_FAMILY, readFontBytes } from './export-fonts.js';

/** Default resolution: 150 dpi is sharp on screen and in print, and keeps an A4 page near 300 KB. */
export const DEFAULT_PNG_DPI = 150;

/** The name of the copied module beside the bundles (esbuild.mjs). */
export const RESVG_WASM_FILE = 'resvg.wasm';

let loading: Promise<void> | undefined;
let fonts: Uint8Array[] | undefined;

/** Where resvg's WebAssembly module is: beside the bundles (out/), else in node_modules (sources, tests). */
export function resvgWasmPath(): string {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const bundled = path.resolve(here, '..', RESVG_WASM_FILE); // out/cli, out/server → out/resvg.wasm
    if (existsSync(bundled)) return bundled;
    return createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
}

/** Compiles the rasteriser once per process; await it before `svgToPng`. */
export function loadRasteriser(): Promise<void> {
    loading ??= initWasm(readFileSync(resvgWasmPath()));
    return loading;
}

/** Rasterises one page SVG (page units are CSS px at 96 dpi), on white unless `transparent`. Call `loadRasteriser()` first. */
export function svgToPng(svg: string, dpi = DEFAULT_PNG_DPI, transparent = false): Uint8Array {
    // Every face the exports bundle (regular, bold and any others export-fonts adds).
    fonts ??= Object.values(readFontBytes()).map(bytes => new Uint8Array(bytes));
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: dpi / 96 },
        font: { fontBuffers: fonts, defaultFontFamily: EXPORT_FONT_FAMILY, sansSerifFamily: EXPORT_FONT_FAMILY },
        ...(transparent ? {} : { background: '#ffffff' }),
    });
    try {
        const image = resvg.render();
        try {
            return image.asPng();
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
}
