/**
 * Turns the server's SVG markup into a DOM node safely. The renderer already escapes every SOP
 * string; this is defence in depth: parse as XML (never as HTML), drop anything that could run
 * code or load something, and give ids a per-page prefix so pages do not collide.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Elements that can run script, load documents, embed HTML or rewrite attributes over time. */
const FORBIDDEN = new Set([
    'script', 'foreignobject', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'handler', 'listener',
    'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'set', 'discard', 'audio', 'video', 'canvas',
]);

const REFERENCE_ATTRIBUTES = new Set(['aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-controls']);

/** Parses `markup` and returns a sanitised `<svg>` owned by `target`, or undefined if it is not SVG. */
export function importSvg(markup: string, idPrefix: string, target: Document = document): SVGSVGElement | undefined {
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return undefined;
    sanitize(root);
    prefixIds(root, idPrefix);
    // Moved, not copied: the parsed document is not used again.
    return target.adoptNode(root) as unknown as SVGSVGElement;
}

export function sanitize(root: Element): void {
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (element !== root && (element.namespaceURI !== SVG_NS || FORBIDDEN.has(element.localName.toLowerCase()))) {
            element.remove();
            continue;
        }
        for (const attribute of Array.from(element.attributes)) {
            if (!isSafeAttribute(attribute)) element.removeAttributeNode(attribute);
        }
    }
}

function isSafeAttribute(attribute: Attr): boolean {
    const name = attribute.name.toLowerCase();
    const value = attribute.value;
    if (name.startsWith('on') || name === 'style' || name === 'xml:base') return false;
    if (attribute.localName === 'href' || attribute.namespaceURI === XLINK_NS || name === 'src') return isSafeUrl(value);
    // The cheap checks first: a page has tens of thousands of attributes, nearly all plain numbers.
    if (value.includes(':') && /^\s*(javascript|vbscript|data)\s*:/i.test(value)) return false;
    // Paint and filter references may point inside the document only.
    return !value.includes('(') || !/url\s*\(\s*['"]?\s*[^#'"\s)]/i.test(value);
}

/** Same-document fragments and embedded raster/vector images only; nothing from the network. */
export function isSafeUrl(value: string): boolean {
    const v = value.trim();
    return /^#[\w.:-]*$/.test(v) || /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(v);
}

/** Every page carries the same ids (title, markers); prefix them and the references to them. */
function prefixIds(root: Element, prefix: string): void {
    const renamed = new Map<string, string>();
    for (const element of [root, ...Array.from(root.querySelectorAll('[id]'))]) {
        if (!element.id) continue;
        renamed.set(element.id, prefix + element.id);
        element.id = prefix + element.id;
    }
    if (renamed.size === 0) return;
    const map = (id: string) => renamed.get(id) ?? id;
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
        for (const attribute of Array.from(element.attributes)) {
            const name = attribute.name.toLowerCase();
            let value = attribute.value;
            if (REFERENCE_ATTRIBUTES.has(name)) value = value.split(/\s+/).map(map).join(' ');
            else if (attribute.localName === 'href' && value.startsWith('#')) value = '#' + map(value.slice(1));
            else if (value.includes('url(#')) value = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${map(id)})`);
            if (value !== attribute.value) attribute.value = value;
        }
    }
}
