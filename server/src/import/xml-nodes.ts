/** A small view over fast-xml-parser's order-preserving output: element names, attributes, children. */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

// Text stays text: by default the parser turns a run "1." or "08" into the number 1 or 8.
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, parseTagValue: false });

export function parseXml(text: string): XmlNode[] {
    return parser.parse(text) as XmlNode[];
}

export function nameOf(node: XmlNode): string {
    return Object.keys(node).find(k => k !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
    const value = node[nameOf(node)];
    return Array.isArray(value) ? value as XmlNode[] : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
    return (node[':@'] as Record<string, string> | undefined)?.[name];
}

export function textOf(node: XmlNode): string {
    return nameOf(node) === '#text' ? String(node['#text']) : '';
}

/** Direct children with the given name. */
export function kids(node: XmlNode, name: string): XmlNode[] {
    return childrenOf(node).filter(c => nameOf(c) === name);
}

/** Depth-first descendants with the given name, not looking inside matches. */
export function descendants(nodes: XmlNode[], name: string, stopAt: string[] = []): XmlNode[] {
    const out: XmlNode[] = [];
    const walk = (list: XmlNode[]) => {
        for (const n of list) {
            const nm = nameOf(n);
            if (nm === name) out.push(n);
            else if (!stopAt.includes(nm)) walk(childrenOf(n));
        }
    };
    walk(nodes);
    return out;
}
