/**
 * A `.docx` whose flowchart is one drawing over the whole table, the way Word stores a flowchart
 * drawn on a canvas (Insert > Shapes > New Drawing Canvas: `wpc:wpc`) or grouped (`wpg:wgp` with a
 * nested `wpg:grpSp`): anchored in the first actor cell of the first row, shapes placed in the
 * group's child coordinates (scaled by chOff/chExt), connectors recording their start and end shapes,
 * label text boxes beside the decision. Rows have exact heights, columns their widths, as in Word.
 */
import { strToU8, zipSync } from 'fflate';
import type { SymbolKind } from '../../server/src/model/sop-document.js';

export interface GroupSpec {
    actors: string[];
    rows: Array<{ activity: string; symbols: Array<{ actor: number; kind: SymbolKind; text?: string }> }>;
    arrows: Array<{ from: [number, number]; to: [number, number]; label?: string }>;
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const PRESET: Record<SymbolKind, string> = { process: 'flowChartProcess', decision: 'flowChartDecision', terminator: 'flowChartTerminator' };
const EMU = 635;
const MARGIN = 108;
const ROW = 1134;
const HEAD = [500, 2600];
const TAIL = [1500, 900, 1400, 1300];
const ACTOR = 1600;

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
const cell = (text: string, pr = '', extra = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${para(text)}${extra}</w:tc>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const xfrm = (x: number, y: number, w: number, h: number, child?: [number, number, number, number]) =>
    `<a:xfrm><a:off x="${Math.round(x)}" y="${Math.round(y)}"/><a:ext cx="${Math.round(w)}" cy="${Math.round(h)}"/>`
    + (child ? `<a:chOff x="${child[0]}" y="${child[1]}"/><a:chExt cx="${child[2]}" cy="${child[3]}"/>` : '') + '</a:xfrm>';

/** A group transform: child coordinates are `scale` times the drawing's, shifted by `origin`. */
interface Frame { origin: [number, number]; scale: number }
const toChild = (f: Frame, x: number, y: number): [number, number] => [f.origin[0] + x * f.scale, f.origin[1] + y * f.scale];

export function makeGroupDocx(spec: GroupSpec, container: 'group' | 'canvas'): Uint8Array {
    const n = spec.actors.length;
    const widths = [...HEAD, ...spec.actors.map(() => ACTOR), ...TAIL];
    const band = { w: n * ACTOR * EMU, h: spec.rows.length * ROW * EMU };
    // Centre of the cell (row, actor) in EMU from the anchor's origin (the first actor cell's text column).
    const centre = (r: number, a: number): [number, number] => [(a * ACTOR + ACTOR / 2 - MARGIN) * EMU, (r * ROW + ROW / 2) * EMU];
    const outer: Frame = { origin: [1000, 2000], scale: 0.5 };
    const nested: Frame = { origin: [300, 400], scale: 2 };
    const ids = (r: number, s: number) => 10 + r * 10 + s;
    const [plain, inNested]: [string[], string[]] = [[], []];
    spec.rows.forEach((row, r) => row.symbols.forEach((sym, s) => {
        // Decisions and their labels sit in the nested group, to go through two transforms.
        const frame = sym.kind === 'decision' ? nested : outer;
        const [cx, cy] = centre(r, sym.actor);
        const [w, h] = [700000, 350000];
        const body = sym.text ? `<wps:txbx><w:txbxContent>${para(sym.text)}</w:txbxContent></wps:txbx>` : '';
        const xml = (f: Frame, x: number, y: number) => `<wps:wsp><wps:cNvPr id="${ids(r, s)}" name="Flowchart ${ids(r, s)}"/><wps:cNvSpPr/><wps:spPr>${xfrm(...toChild(f, x, y), w * f.scale, h * f.scale)}<a:prstGeom prst="${PRESET[sym.kind]}"><a:avLst/></a:prstGeom><a:ln w="9525"/></wps:spPr>${body}<wps:bodyPr/></wps:wsp>`;
        (sym.kind === 'decision' ? inNested : plain).push(xml(frame, cx - w / 2, cy - h / 2));
        spec.arrows.filter(a => a.from[0] === r && a.from[1] === s && a.label).forEach((a, k) => {
            const [lx, ly] = toChild(nested, cx + w / 2 - 100000, cy - h / 2 + k * 200000);
            inNested.push(`<wps:wsp><wps:cNvPr id="${500 + r * 10 + k}" name="Text Box"/><wps:cNvSpPr txBox="1"/><wps:spPr>${xfrm(lx, ly, 200000 * nested.scale, 150000 * nested.scale)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${para(a.label!)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>`);
        });
    }));
    spec.arrows.forEach((a, k) => plain.push(`<wps:wsp><wps:cNvPr id="${900 + k}" name="Elbow Connector"/><wps:cNvCnPr><a:stCxn id="${ids(...a.from)}" idx="2"/><a:endCxn id="${ids(...a.to)}" idx="0"/></wps:cNvCnPr><wps:spPr>${xfrm(...toChild(outer, 0, 0), 1000, 1000)}<a:prstGeom prst="bentConnector3"><a:avLst/></a:prstGeom><a:ln w="9525"><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>`));
    const nestedGroup = `<wpg:grpSp><wpg:cNvGrpSpPr/><wpg:grpSpPr>${xfrm(...toChild(outer, 0, 0), band.w * outer.scale, band.h * outer.scale, [nested.origin[0], nested.origin[1], band.w * nested.scale, band.h * nested.scale])}</wpg:grpSpPr>${inNested.join('')}</wpg:grpSp>`;
    const groupXml = `<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>${xfrm(0, 0, band.w, band.h, [outer.origin[0], outer.origin[1], band.w * outer.scale, band.h * outer.scale])}</wpg:grpSpPr>${plain.join('')}${nestedGroup}</wpg:wgp>`;
    const graphic = container === 'group'
        ? `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">${groupXml}</a:graphicData>`
        // On a canvas the outer group is one child among the canvas's own (here: none besides it).
        : `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"><wpc:wpc><wpc:bg/><wpc:whole/>${groupXml.replace(/^<wpg:wgp>/, '<wpg:grpSp>').replace(/<\/wpg:wgp>$/, '</wpg:grpSp>')}</wpc:wpc></a:graphicData>`;
    const drawing = `<w:p><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${band.w}" cy="${band.h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="${container === 'group' ? 'Group 1' : 'Canvas 1'}"/><wp:cNvGraphicFramePr/><a:graphic>${graphic}</a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
    const head = [
        `<w:tr>${cell('NO', '<w:vMerge w:val="restart"/>')}${cell('KEGIATAN', '<w:vMerge w:val="restart"/>')}${cell('PELAKSANA', span(n))}${cell('MUTU BAKU', span(3))}${cell('KETERANGAN', '<w:vMerge w:val="restart"/>')}</w:tr>`,
        `<w:tr>${cell('', '<w:vMerge/>')}${cell('', '<w:vMerge/>')}${spec.actors.map(a => cell(a)).join('')}${cell('KELENGKAPAN')}${cell('WAKTU')}${cell('OUTPUT')}${cell('', '<w:vMerge/>')}</w:tr>`,
    ];
    const body = spec.rows.map((row, r) => `<w:tr><w:trPr><w:trHeight w:val="${ROW}" w:hRule="exact"/></w:trPr>${cell(String(r + 1))}${cell(row.activity)}`
        + spec.actors.map((_, a) => cell('', '', r === 0 && a === 0 ? drawing : '')).join('') + `${cell('-')}${cell('5 menit')}${cell('-')}${cell('')}</w:tr>`);
    const table = `<w:tbl><w:tblPr/><w:tblGrid>${widths.map(w => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${head.join('')}${body.join('')}</w:tbl>`;
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${para('NAMA SOP: Contoh')}${table}<w:sectPr/></w:body></w:document>`;
    return zipSync({
        '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        'word/document.xml': strToU8(document),
    }, { mtime: new Date('2025-01-01T00:00:00Z') });
}
