/** Completion, quick fix, inlay hints and the summary of prescriptions: all read clinical/doses.ts. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/summary.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { complete, services, validate } from './helpers.js';


const inserted = (items: CompletionItem[], label: string) => {
    const item = items.find(i => i.label === label)!;
    return item.textEdit?.newText ?? item.insertText;
};

const DIALYSIS = 'case C { patient { age 60 years sex female weight 70 kg } history { condition haemodialysis } diagnosis { type calciphylaxis } treatment { drug | } }';
const SCLEROSIS = 'case S { patient { age 50 years sex female weight 60 kg } history { condition systemicSclerosis } lesion L1 { site left finger } labs { calcium 9.4 mg/dL phosphate 3.5 mg/dL } treatment { drug | } }';

describe('completion of a drug: the reported regimens as snippets, the one for the case first', () => {
    it('calciphylaxis on dialysis: sodium thiosulfate 25 g iv 3 times a week', async () => {
        const items = await complete(DIALYSIS);
        expect(inserted(items, 'sodiumThiosulfate')).toBe('sodiumThiosulfate ${1:25} g iv ${2:3 times a week}');
        expect(items.find(i => i.label === 'sodiumThiosulfate 12.5 g iv 3 times a week')?.detail).toMatch(/dystrophic calcinosis/);
        expect(inserted(items, 'cinacalcet')).toBe('cinacalcet ${1:30} mg oral ${2:daily}');
    });

    it('dystrophic calcinosis in systemic sclerosis: the dystrophic 12.5 g three times a week', async () => {
        expect(inserted(await complete(SCLEROSIS), 'sodiumThiosulfate')).toBe('sodiumThiosulfate ${1:12.5} g iv ${2:3 times a week}');
    });

    it('the cyclic pamidronate regimen and the route catalogue', async () => {
        const items = await complete(SCLEROSIS);
        expect(items.map(i => i.insertText)).toContain('pamidronate ${1:1} mg/kg iv ${2:daily for 3 days every 3 months}');
        const routes = (await complete('case R { treatment { drug pamidronate 90 mg | } }')).map(i => i.label);
        expect(routes).toEqual(expect.arrayContaining(['iv', 'oral', 'topical', 'intralesional']));
    });
});

describe('quick fix for an amount with no schedule', () => {
    it('inserts the usual route and schedule after the amount', async () => {
        const text = 'case Q { treatment { drug sodiumThiosulfate 25 g } }';
        const document = await validate(text);
        const diagnostic = document.diagnostics!.find(d => d.code === 'dose-schedule-missing')!;
        expect(document.textDocument.getText(diagnostic.range)).toBe('g');
        const [action] = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(action.title).toBe('Add the usual schedule: iv 3 times a week');
        const fixed = TextDocument.applyEdits(TextDocument.create('file:///q.calc', 'calc', 1, text), Object.values(action.edit!.changes!)[0]);
        expect(fixed).toBe('case Q { treatment { drug sodiumThiosulfate 25 g iv 3 times a week } }');
        expect((await validate(fixed)).diagnostics!.filter(d => String(d.code).startsWith('dose'))).toEqual([]);
    });
});

describe('inlay hints: the exposure per week and per kg', () => {
    it('25 g iv 3 times a week at 70 kg', async () => {
        const text = 'case H { patient { weight 70 kg } treatment { drug sodiumThiosulfate 25 g iv 3 times a week } }';
        const document = await validate(text);
        const hints = await services.Calc.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
        });
        expect(hints?.map(h => [h.label, document.textDocument.offsetAt(h.position)])).toEqual([['= 75 g/week · 0.357 g/kg', text.indexOf('week') + 4]]);
    });
});

describe('the summary shows each prescription as written and the verdict of clinical/doses.ts', () => {
    it('the forms of a calciphylaxis case, and warfarin for a valve', async () => {
        const text = `case V { patient { age 60 years sex female weight 70 kg } history { condition haemodialysis condition mechanicalHeartValve }
            treatment {
                drug sodiumThiosulfate 25 g iv 3 times a week "after each dialysis"
                drug pamidronate 90 mg/week
                drug warfarin 5 mg/day "mechanical valve"
            } }`;
        const html = formatSummary(summarizeDocument(await validate(text), services.Calc.clinical.Analysis), 'html');
        expect(html).toContain('<strong>Given:</strong> 25 g iv 3 times a week (after each dialysis) — within the reported 12.5–25 g iv 3 times a week (adults with calciphylaxis on haemodialysis)<sup');
        expect(html).toContain('<strong>Given:</strong> 90 mg/week — above the reported 60–90 mg iv every 3–4 weeks (adults)<sup');
        expect(html).toContain('<strong>Given:</strong> 5 mg/day (mechanical valve) — a dose for anticoagulation (a valve, atrial fibrillation, thrombosis), adjusted to the INR, not a regimen for calcinosis: within the reported 2–10 mg/day<sup');
        // This patient's caution leads the cautions of the drugs given.
        const cautions = html.slice(html.indexOf('<h3>Cautions for the drugs given</h3>'));
        expect(cautions).toMatch(/^<h3>Cautions for the drugs given<\/h3><ul><li><strong>Sodium thiosulfate:<\/strong> For this patient: Sodium thiosulfate on dialysis: sodium thiosulfate raises the anion gap/);
        expect(cautions).toMatch(/<li><strong>Pamidronate:<\/strong> For this patient: Pamidronate on dialysis: pamidronate is not recommended in severe renal impairment/);
        expect(cautions).toContain('<li><strong>Warfarin:</strong> For this patient: Warfarin on dialysis (the main risk of calciphylaxis): warfarin is a calciphylaxis risk factor');
    });
});

describe('hover on a drug term: its regimens in words', () => {
    it('pamidronate: the label regimens, the cyclic JDM course and the seed discrepancy', async () => {
        const text = 'case T { treatment { drug pamidronate 90 mg iv every 4 weeks } }';
        const document = await validate(text);
        const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(text.indexOf('pamidronate') + 2)
        });
        const value = (hover?.contents as { value: string }).value;
        expect(value).toContain('- 60–90 mg iv every 3–4 weeks (adults) (pamidronate label)');
        expect(value).toContain('- 1 mg/kg iv daily for 3 days every 3 months (children with juvenile dermatomyositis) (Abramowicz 2015)');
        expect(value).toContain('prints "90 mg/week"');
    });
});
