/**
 * Writes a `.docx` by hand (OOXML zipped with fflate) shaped like a real SOP-AP from Word: the
 * identity table, then the flowchart table whose actor cells hold DrawingML flowchart shapes, with
 * connectors that record their start and end shapes and label text boxes beside decisions.
 */
import { strToU8, zipSync } from 'fflate';
import type { FixtureSpec, SpecSymbol } from './import-fixture-specs.js';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PRESET: Record<SpecSymbol['kind'], string> = { process: 'flowChartProcess', decision: 'flowChartDecision', terminator: 'flowChartTerminator', connector: 'flowChartOffpageConnector' };

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string) => text.split('\n').map(l => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');

interface CellOpts { span?: number; vMerge?: 'restart' | 'continue'; extra?: string }
function cell(text: string, o: CellOpts = {}): string {
    const pr = (o.span && o.span > 1 ? `<w:gridSpan w:val="${o.span}"/>` : '') + (o.vMerge ? `<w:vMerge${o.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '');
    return `<w:tc><w:tcPr>${pr}</w:tcPr>${para(text) || '<w:p/>'}${o.extra ? `<w:p>${o.extra}</w:p>` : ''}</w:tc>`;
}
const row = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (cols: number, rows: string[]) =>
    `<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>${rows.join('')}</w:tbl>`;

function anchor(id: number, graphic: string): string {
    return `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="${id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">`
        + '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>90000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>40000</wp:posOffset></wp:positionV>'
        + `<wp:extent cx="720000" cy="360000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${id}" name="Shape ${id}"/><wp:cNvGraphicFramePr/>`
        + `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>${graphic}</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
}
const xfrm = '<a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="360000"/></a:xfrm>';
function shape(id: number, kind: SpecSymbol['kind'], text?: string): string {
    const body = text ? `<wps:txbx><w:txbxContent>${para(text)}</w:txbxContent></wps:txbx>` : '';
    return anchor(id, `<wps:cNvSpPr/><wps:spPr>${xfrm}<a:prstGeom prst="${PRESET[kind]}"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>${body}<wps:bodyPr/>`);
}
function connector(id: number, from: number, to: number): string {
    return anchor(id, `<wps:cNvCnPr><a:stCxn id="${from}" idx="2"/><a:endCxn id="${to}" idx="0"/></wps:cNvCnPr><wps:spPr>${xfrm}<a:prstGeom prst="bentConnector3"><a:avLst/></a:prstGeom><a:ln w="9525"><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/>`);
}
function label(id: number, text: string): string {
    return anchor(id, `<wps:cNvSpPr txBox="1"/><wps:spPr>${xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${para(text)}</w:txbxContent></wps:txbx><wps:bodyPr/>`);
}

function identityTable(spec: FixtureSpec): string {
    const rows = spec.fields.map(([l, v], i) => row([
        i === 0 ? cell(spec.institution.join('\n'), { vMerge: 'restart' }) : cell('', { vMerge: 'continue' }),
        cell(l), cell(v, { span: 2 }),
    ]));
    for (let i = 0; i < spec.lists.length; i += 2) {
        const [a, b] = [spec.lists[i], spec.lists[i + 1]];
        rows.push(row([cell(`${a[0]}:`, { span: 2 }), cell(`${b[0]}:`, { span: 2 })]));
        const items = (xs: string[]) => xs.map((x, k) => `${k + 1}. ${x}`).join('\n');
        rows.push(row([cell(items(a[1]), { span: 2 }), cell(items(b[1]), { span: 2 })]));
    }
    return table(4, rows);
}

function flowTable(spec: FixtureSpec): string {
    const n = spec.actors.length;
    const groups = spec.groups ?? [];
    const head = [
        cell('NO', { vMerge: 'restart' }), cell('KEGIATAN', { vMerge: 'restart' }), cell('PELAKSANA', { span: n }),
        cell('MUTU BAKU', { span: 3 }), cell('KETERANGAN', { vMerge: 'restart' }),
    ];
    const cont = (t = '') => cell(t, { vMerge: 'continue' });
    const rows = [row(head)];
    const mutu = (v?: 'restart') => ['KELENGKAPAN', 'WAKTU', 'OUTPUT'].map(t => v ? cell(t, { vMerge: v }) : cont());
    if (groups.length > 0) {
        rows.push(row([cont(), cont(), ...groups.map(g => cell(g.label, { span: g.actors })), ...mutu('restart'), cont()]));
        rows.push(row([cont(), cont(), ...spec.actors.map(a => cell(a)), ...mutu(), cont()]));
    } else {
        rows.push(row([cont(), cont(), ...spec.actors.map(a => cell(a)), ...['KELENGKAPAN', 'WAKTU', 'OUTPUT'].map(t => cell(t)), cont()]));
    }
    const idOf = (r: number, s: number) => 100 + r * 10 + s;
    let next = 1000;
    spec.rows.forEach((r, i) => {
        const actorCells = spec.actors.map((_, a) => {
            const drawn = r.symbols.map((s, k) => ({ s, k })).filter(({ s }) => s.actor === a);
            let extra = drawn.map(({ s, k }) => shape(idOf(i, k), s.kind, s.text)).join('');
            for (const { k } of drawn) {
                for (const arrow of spec.arrows.filter(x => x.from[0] === i && x.from[1] === k)) {
                    extra += connector(next++, idOf(i, k), idOf(arrow.to[0], arrow.to[1]));
                    if (arrow.label) extra += label(next++, arrow.label);
                }
            }
            return cell('', { extra: extra || undefined });
        });
        rows.push(row([cell(String(i + 1)), cell(r.activity), ...actorCells,
            cell(r.requirements.join('\n')), cell(r.duration), cell(r.output), cell(r.notes ?? '')]));
    });
    return table(n + 6, rows);
}

export function makeDocx(spec: FixtureSpec): Uint8Array {
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${identityTable(spec)}<w:p/>${flowTable(spec)}<w:sectPr/></w:body></w:document>`;
    return zipSync({
        '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        'word/document.xml': strToU8(document),
    }, { mtime: new Date('2025-01-01T00:00:00Z') });
}
