/**
 * The fifth clinician review's cautions: two bisphosphonates given together.
 */
import { describe, expect, it } from 'vitest';
import { DrugCautions, Drugs } from '../../src/language/knowledge/index.js';
import { diagnose, summaryHtml } from './helpers.js';

const cautionRows = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution');

function adult(drugs: string[]): string {
    return `case R {\n    patient { age 60 years sex female weight 70 kg }\n    history { condition systemicSclerosis }\n    labs { creatinine 0.8 mg/dL }\n    treatment {\n${drugs.map(d => `        ${d}`).join('\n')}\n    }\n}`;
}

const DUPLICATE = 'two bisphosphonates together are a duplicated therapy, their hypocalcaemia and renal toxicity adding up: give one (the zoledronic acid label: a patient treated with it is not to be treated with another bisphosphonate).';

describe('2. two bisphosphonates together', () => {
    it('pamidronate and zoledronic acid both current: a warning at each, naming the other', async () => {
        const rows = await cautionRows(adult(['drug pamidronate 90 mg iv every 4 weeks', 'drug zoledronicAcid 4 mg iv every 4 weeks']));
        expect(rows.map(r => [r.severity, r.line, r.text, r.message])).toEqual([
            ['warning', 6, 'pamidronate', `Pamidronate given with zoledronic acid: ${DUPLICATE}`],
            ['warning', 7, 'zoledronicAcid', `Zoledronic acid given with pamidronate: ${DUPLICATE}`]
        ]);
    });

    it('one of them stopped (a switch): nothing', async () => {
        expect(await cautionRows(adult(['drug pamidronate 90 mg iv every 4 weeks stopped', 'drug zoledronicAcid 4 mg iv every 4 weeks']))).toEqual([]);
    });

    it('the summary says it, with the label', async () => {
        const html = await summaryHtml(adult(['drug alendronate 70 mg oral weekly', 'drug risedronate 35 mg oral weekly']));
        expect(html).toContain('Alendronate given with risedronate: two bisphosphonates together are a duplicated therapy');
        expect(html).toContain('Zometa label');
    });
});

describe('8. the gabapentin caution reads the renal bands the dose check holds', () => {
    it('each band of renalLimits, and the caution from the highest band\'s clearance', () => {
        const limits = Drugs.find(d => d.term === 'gabapentin')!.renalLimits!;
        const caution = DrugCautions.find(c => c.drugs?.includes('gabapentin'))!;
        expect(caution.when).toEqual({ creatinineClearanceBelow: limits.at(-1)!.creatinineClearanceBelow });
        for (const l of limits) expect(caution.advice).toContain(`below ${l.creatinineClearanceBelow.value}${l === limits.at(-1) ? ' mL/min' : ''}: ${l.minPerDay!.value}-${l.maxPerDay.value} mg`);
    });
});
