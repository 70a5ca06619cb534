/**
 * The sixth review of the patient cautions (cases in /tmp/caut6, reduced here to what each
 * finding rests on): rituximab's boxed warning, a child's raised calcium on active vitamin D,
 * aluminium binders in children, zoledronic acid at the label's reduced dose, morphine with a
 * moderately reduced GFR, acute kidney injury as a calciphylaxis risk, and excision in Werner
 * and Ehlers-Danlos syndromes.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { diagnose, services, validate } from './helpers.js';

async function markdown(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries).replace(/<sup>\d+<\/sup>/g, '');
}

function caseWith({ patient = 'age 45 years sex female weight 60 kg', history = '', labs = 'creatinine 0.8 mg/dL', drugs = [], extra = '' }: { patient?: string; history?: string; labs?: string; drugs?: string[]; extra?: string }): string {
    return `case R {\n    patient { ${patient} }\n    history {\n        ${history}\n    }\n    labs { ${labs} }\n${extra}    treatment {\n${drugs.map(d => `        ${d}\n`).join('')}    }\n}`;
}

const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => ({ severity: r.severity, line: r.line, text: r.text, message: r.message }));

const RITUXIMAB_BOXED = 'rituximab carries a boxed warning of hepatitis B virus reactivation (fulminant hepatitis, hepatic failure, death): screen every patient before the first dose (the label: HBsAg and anti-HBc), monitor during and after treatment, and stop it with a reactivation; with a positive screen decide monitoring or antiviral prophylaxis with a hepatitis B specialist';

describe('1. rituximab: the boxed warning of hepatitis B reactivation (Rituxan label)', () => {
    const dermatomyositis = { history: 'condition dermatomyositis', labs: 'calcium 9.2 mg/dL phosphate 3.4 mg/dL albumin 4.1 g/dL creatinine 0.8 mg/dL' };

    it('given, it draws a caution at the drug for any patient', async () => {
        const text = caseWith({ ...dermatomyositis, drugs: ['drug rituximab 1000 mg iv every 2 weeks for 2 doses'] });
        expect(await cautions(text)).toEqual([{ severity: 'warning', line: 8, text: 'rituximab', message: `Rituximab given: ${RITUXIMAB_BOXED}.` }]);
        expect(await markdown(text)).toContain(`- **Rituximab:** For this patient: Rituximab given: ${RITUXIMAB_BOXED}.`);
    });

    it('not given, its row in the reported drugs says it before it is chosen', async () => {
        const text = caseWith({ ...dermatomyositis, drugs: ['drug diltiazem 240 mg oral daily'] });
        expect(await cautions(text)).toEqual([]);
        expect(await markdown(text)).toMatch(new RegExp(`\\| \\*\\*Rituximab\\*\\*<br>[^\\n]*⚠ If given: ${RITUXIMAB_BOXED.replace(/[()]/g, '\\$&')}\\. \\|`));
    });
});
