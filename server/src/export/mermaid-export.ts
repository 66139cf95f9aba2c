/**
 * Mermaid flowchart text of an SOP, for Markdown and wikis: one node per step in its actor's subgraph
 * (the swimlane), the SOP's edges with their branch labels. Built from the model, not the layout:
 * Mermaid lays out on its own.
 */
import type { SopDocument, Step } from '../model/sop-document.js';

export function writeMermaid(doc: SopDocument): string {
    const lines = ['---', `title: ${quoteYaml(doc.title || doc.id)}`, '---', 'flowchart TD'];
    const byActor = new Map<string, Step[]>();
    const loose: Step[] = [];
    for (const step of doc.steps) {
        const list = step.actor ? byActor.get(step.actor) ?? [] : loose;
        if (step.actor) byActor.set(step.actor, list);
        list.push(step);
    }
    doc.actors.forEach((actor, i) => {
        const steps = byActor.get(actor.id);
        if (!steps) return;
        lines.push(`    subgraph A${i}["${label(actor.label)}"]`);
        for (const step of steps) lines.push(`        ${node(step)}`);
        lines.push('    end');
    });
    for (const step of loose) lines.push(`    ${node(step)}`);
    for (const edge of doc.edges) {
        const text = edge.label ? `|"${label(edge.label)}"|` : '';
        lines.push(`    S${edge.from} -->${text} S${edge.to}`);
    }
    return lines.join('\n') + '\n';
}

function node(step: Step): string {
    const text = `"${step.number}. ${label(step.kind === 'decision' && step.question ? `${step.activity} (${step.question})` : step.activity)}"`;
    switch (step.kind) {
        case 'terminator': return `S${step.number}([${text}])`;
        case 'decision': return `S${step.number}{${text}}`;
        case 'process': return `S${step.number}[${text}]`;
    }
}

/** Mermaid strings: quotes and markup characters as entity codes, no line breaks. */
function label(text: string): string {
    return text.replace(/[\r\n\t]+/g, ' ').replace(/["#<>`]/g, c => `#${c.codePointAt(0)};`);
}

function quoteYaml(text: string): string {
    return JSON.stringify(text.replace(/[\r\n]+/g, ' '));
}
