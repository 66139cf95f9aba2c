/**
 * Completion that knows the SOP-AP: keywords of the file's language only (never both synonyms),
 * identity fields not yet written (as whole phrases: `tanggal pembuatan`, `dasar hukum`), actors
 * with their jabatan, steps with their row number and kegiatan, units after a number, SOPs of
 * the workspace in `keterkaitan`, and snippets.
 */
import { AstUtils, GrammarAST, GrammarUtils, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, findNextFeatures, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Sop, isActor, isSop, isStep } from '../generated/ast.js';
import { keywordLanguage, KEYWORDS, kw, spellings, UNITS } from '../../vocabulary/sop-vocabulary.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopMessageKey } from '../sop-module.js';
import type { SopServices } from '../sop-module.js';
import { LspMessages } from './sop-lsp-messages.js';
import { languageOf, ruleOf, sopOf, stepNumber } from './sop-lsp-util.js';
import { fieldPhrases } from './sop-completion-fields.js';
import { decisionSnippet, sopSnippet, stepSnippet } from '../../vocabulary/sop-snippets.js';

/** Tokens after the completion parser's stop that completion still follows (their cost grows exponentially). */
const MAX_UNPARSED_TOKENS = 16;

const UNIT_WORDS = { id: Object.values(UNITS).map(u => u.id), en: Object.values(UNITS).map(u => u.en) };

export class SopCompletionProvider extends DefaultCompletionProvider {
    private readonly messages: SopMessages;

    constructor(services: SopServices) {
        super(services);
        this.messages = services.i18n.Messages;
    }

    /**
     * Langium follows the grammar over the tokens after where its completion parser stopped, and its
     * paths multiply without being merged (`','?` lists double them per token): 30 such tokens took
     * seconds and a hundred ran out of memory (fuzz seed 1, iteration 1614). Past a few, the text
     * before the cursor is no clause the grammar can finish anyway: offer nothing there.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(offset) });
        const parsed = this.completionParser.parse(text);
        // As Langium's own, with the bound.
        if (parsed.tokenIndex === 0) return findNextFeatures([[this.buildSyntheticEntryRuleCall(GrammarUtils.getEntryRule(this.grammar)!)]], parsed.tokens);
        const unparsed = parsed.tokens.slice(parsed.tokenIndex);
        if (unparsed.length > MAX_UNPARSED_TOKENS) return [];
        return findNextFeatures([parsed.elementStack.map(feature => ({ feature }))], unparsed);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isRuleCall(next.feature) && AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature === 'unit') {
            return this.completeUnits(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Keeps keywords of the file's language (and shared ones); never the soft keywords of names. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword) || ruleOf(keyword) === 'Name') return false;
        const lang = keywordLanguage(keyword.value);
        const root = context.document.parseResult.value;
        // Before the header nothing tells the language: offer both `sop` and `procedure`.
        if (lang === undefined || (isSop(root) && !root.name)) return true;
        return lang === languageOf(root);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const root = context.document.parseResult.value as Sop;
        const lang = keywordLanguage(keyword.value) ?? languageOf(root);
        if (keyword.value === 'sop' || keyword.value === 'procedure') {
            this.acceptSnippet(context, acceptor, keyword.value, sopSnippet(lang), LspMessages.snippetSop);
        }
        if (isClauseStart(context)) {
            const phrases = fieldPhrases(keyword.value);
            if (phrases) {
                for (const p of phrases.filter(p => !p.used(root))) {
                    acceptor(context, {
                        label: p.text, kind: CompletionItemKind.Keyword, detail: this.messages.format(LspMessages.completionField), sortText: '1',
                    });
                }
                return;
            }
            if (keyword.value === kw('step', lang)) {
                const actors = root.actors.map(a => a.name);
                const steps = root.steps.map(s => s.name);
                this.acceptSnippet(context, acceptor, keyword.value, stepSnippet(lang, actors), LspMessages.snippetStep);
                const decision = kw('decision', lang);
                this.acceptSnippet(context, acceptor, decision, decisionSnippet(lang, actors, steps), LspMessages.snippetDecision);
            }
        }
        return super.completionForKeyword(context, keyword, acceptor);
    }

    private acceptSnippet(context: CompletionContext, acceptor: CompletionAcceptor, label: string, body: string, detail: SopMessageKey): void {
        acceptor(context, {
            label, kind: CompletionItemKind.Snippet, insertText: body, insertTextFormat: InsertTextFormat.Snippet,
            detail: this.messages.format(detail), sortText: '2', filterText: label,
        });
    }

    private completeUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const previous = lastWord(context.textDocument.getText().slice(0, context.tokenOffset).trimEnd());
        const lang = languageOf(context.document.parseResult.value);
        let units: string[] = [];
        if (/\d$/.test(previous)) units = UNIT_WORDS[lang];
        else if (previous === 'hari') units = ['kerja', 'kalender'];
        else if (previous === 'working' || previous === 'calendar') units = ['days'];
        units.forEach((unit, i) => acceptor(context, {
            label: unit, kind: CompletionItemKind.Unit, detail: this.messages.format(LspMessages.completionUnit), sortText: `0${i}`,
        }));
    }

    /**
     * The node at the cursor may be one the parser began for a keyword that is also a name (`oleh
     * pelaksana`: an actor's `pelaksana`), while the reference belongs to the rule around it. Langium
     * then asks for a property that node's type does not have; complete on a synthetic node of the
     * type that owns the reference instead.
     */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const property = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        const reflection = this.astReflection;
        const owns = (type: string) => !!property && !!reflection.types[type]?.properties[property]?.referenceType;
        if (!next.type && property && context.node && !owns(context.node.$type)) {
            const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
            const ruleType = rule && GrammarUtils.getTypeName(rule);
            const owner = ruleType && owns(ruleType) ? ruleType : reflection.getAllTypes().find(owns);
            if (!owner) return;
            return super.completionForCrossReference(context, { ...next, type: owner, property }, acceptor);
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    /** No self-references: a step does not go to itself, an SOP is not related to itself. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const container = refInfo.container;
        const self = AstUtils.getContainerOfType(container, isStep);
        const ownSop = sopOf(context.document.parseResult.value);
        return super.getReferenceCandidates(refInfo, context).filter(d => {
            if (d.type === Sop.$type) return !(ownSop && d.name === ownSop.name && d.documentUri.toString() === context.document.uri.toString());
            return !(self && !['actor', 'byActors', 'coActors'].includes(refInfo.property) && d.node === self);
        });
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (isActor(node)) {
            return { ...item, kind: CompletionItemKind.Class, detail: node.label, sortText: `0${String(node.$container.actors.indexOf(node)).padStart(4, '0')}` };
        }
        if (isStep(node)) {
            const n = stepNumber(node);
            return { ...item, kind: CompletionItemKind.Function, detail: `No. ${n} — ${node.activity}`, sortText: `0${String(n).padStart(5, '0')}` };
        }
        if (isSop(node)) return { ...item, kind: CompletionItemKind.Module, detail: node.title ?? node.name };
        return item;
    }
}

/** At the start of a clause the step keywords are among the candidates; inside a phrase they are not. */
const CLAUSE_MARKERS = new Set([...spellings(KEYWORDS.step), ...spellings(KEYWORDS.sop)]);

function isClauseStart(context: CompletionContext): boolean {
    return context.features.some(f => GrammarAST.isKeyword(f.feature) && CLAUSE_MARKERS.has(f.feature.value));
}

/**
 * The last run of non-space characters of `text`. Scanned backwards: `/(\S+)$/` tries every start of
 * a long run and is quadratic in it (36 s after a 100,000-letter keterangan, fuzz seed 1 iteration 39611).
 */
function lastWord(text: string): string {
    let start = text.length;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    return text.slice(start);
}
