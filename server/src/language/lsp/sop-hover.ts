/**
 * Hover: an actor shows its jabatan and the steps it performs; a step its row number, kegiatan and
 * mutu baku; an SOP its title; a keyword what it means in the regulation's terms; a waktu its
 * normalised value. Texts follow the server locale.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isActor, isDuration, isSop, isStep, type Actor, type Duration as DurationNode, type Sop, type Step } from '../generated/ast.js';
import { buildDuration } from '../../model/duration.js';
import { addDuration, emptyTotal, formatTotal } from '../../model/time-summary.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopMessageKey } from '../sop-module.js';
import type { SopServices } from '../sop-module.js';
import { keywordHover } from './sop-keyword-docs.js';
import { LspMessages } from './sop-lsp-messages.js';
import { md, ruleOf, stepNumber } from './sop-lsp-util.js';
import { stepActor, stepDuration, stepOutput } from '../sop-clauses.js';

export class SopHoverProvider extends AstNodeHoverProvider {
    private readonly messages: SopMessages;

    constructor(services: SopServices) {
        super(services);
        this.messages = services.i18n.Messages;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) return undefined;
        const duration = AstUtils.getContainerOfType(leaf.astNode, isDuration);
        if (duration) return markdown(this.durationHover(duration), leaf.range);
        const declaration = await super.getHoverContent(document, params);
        if (declaration) return { ...declaration, range: leaf.range };
        const keyword = leaf.grammarSource;
        if (GrammarAST.isKeyword(keyword) && ruleOf(keyword) !== 'Name') {
            const text = keywordHover(keyword.value, this.messages.locale);
            if (text) return markdown(text, leaf.range);
        }
        return undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isActor(node)) return this.actorHover(node);
        if (isStep(node)) return this.stepHover(node);
        if (isSop(node)) return this.sopHover(node);
        return undefined;
    }

    private actorHover(actor: Actor): string {
        const t = (code: SopMessageKey, ...args: Array<string | number>) => this.messages.format(code, ...args);
        const sop = actor.$container;
        const steps = sop.steps.filter(s => stepActor(s)?.ref === actor || s.coActors.some(c => c.ref === actor));
        const lines = [`**${md(actor.label ?? actor.name)}** — \`${actor.name}\``, '', t(LspMessages.actorColumn, sop.actors.indexOf(actor) + 1), ''];
        if (steps.length === 0) lines.push(t(LspMessages.actorPerformsNone));
        else {
            lines.push(t(LspMessages.actorPerforms, steps.length), '');
            for (const s of steps) lines.push(`- No. ${stepNumber(s)} — ${md(s.activity)}`);
        }
        return lines.join('\n');
    }

    private stepHover(step: Step): string {
        const t = (code: SopMessageKey) => this.messages.format(code);
        const lines = [`**No. ${stepNumber(step)}** — ${md(step.activity)} (\`${step.name}\`)`, ''];
        const actor = stepActor(step)?.ref;
        const duration = stepDuration(step);
        const output = stepOutput(step);
        if (actor) lines.push(`- ${t(LspMessages.stepActor)}: ${md(actor.label ?? actor.name)}`);
        if (step.requirements.length > 0) lines.push(`- ${t(LspMessages.stepRequirements)}: ${step.requirements.map(md).join(', ')}`);
        if (duration) lines.push(`- ${t(LspMessages.stepTime)}: ${md(buildDuration(duration).display)}`);
        if (output !== undefined) lines.push(`- ${t(LspMessages.stepOutput)}: ${md(output)}`);
        return lines.join('\n');
    }

    private sopHover(sop: Sop): string {
        const title = sop.title ?? sop.name;
        return `**${md(title)}** (\`${sop.name}\`)\n\n${this.messages.format(LspMessages.sopHover, sop.steps.length, sop.actors.length)}`;
    }

    private durationHover(node: DurationNode): string {
        const duration = buildDuration(node);
        const lines = [this.messages.format(LspMessages.durationHover, md(duration.display))];
        if (duration.kind === 'exact' || duration.kind === 'range' || duration.kind === 'max') {
            if (duration.unit) {
                const total = emptyTotal();
                addDuration(total, 0, duration);
                lines.push('', this.messages.format(LspMessages.durationTotal, formatTotal(total, this.messages.locale)));
            } else {
                lines.push('', this.messages.format(LspMessages.durationUnknown));
            }
        }
        return lines.join('\n');
    }
}

function markdown(value: string, range: Hover['range']): Hover {
    return { contents: { kind: 'markdown', value }, range };
}
