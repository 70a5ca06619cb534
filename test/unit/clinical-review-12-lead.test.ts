/**
 * The twelfth clinician review (cases in /tmp/clin12, reduced here to what each finding rests
 * on): sodium thiosulfate infused faster than the protocols give it, cinacalcet in a child held
 * to the adults' parathyroid-carcinoma regimen, and history terms a clinician writes that were
 * unknown (morphea, myeloma and POEMS, tertiary hyperparathyroidism, scleroderma, dexamethasone).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

function caseWith({ patient = 'age 61 years sex female weight 58 kg', history = '', labs = 'creatinine 0.8 mg/dL', drugs = [], extra = '' }: { patient?: string; history?: string; labs?: string; drugs?: string[]; extra?: string }): string {
    return `case R {\n    patient { ${patient} }\n    history {\n        ${history}\n    }\n    labs { ${labs} }\n${extra}    treatment {\n${drugs.map(d => `        ${d}\n`).join('')}    }\n}`;
}

const haemodialysis = { history: 'condition haemodialysis', labs: 'calcium 9.9 mg/dL phosphate 6.8 mg/dL albumin 3.1 g/dL', extra: '    diagnosis { type calciphylaxis }\n' };

describe('sodium thiosulfate 25 g over 10 minutes (case 09; Edinburgh protocol, Badawi 2020)', () => {
    const fast = caseWith({ ...haemodialysis, drugs: ['drug sodiumThiosulfate 25 g iv 3 times a week over 10 minutes'] });

    it('a warning at the infusion time: faster than the 30 minutes the protocols give', async () => {
        const rows = (await diagnose(fast)).filter(r => r.code === 'dose-out-of-range');
        expect(rows).toEqual([{
            code: 'dose-out-of-range', severity: 'warning', line: 9, text: 'over 10 minutes',
            message: 'Sodium thiosulfate over 10 minutes: faster than the shortest infusion the calciphylaxis protocols give, 30 min; the Edinburgh protocol gives it in the last 30 to 60 minutes of each haemodialysis session, and Badawi 2020 over 30 minutes in dystrophic calcinosis. Sources: Edinburgh Renal Unit handbook; Badawi 2020.'
        }]);
    });

    it('the summary does not call the prescription "within": the rate does not fit', async () => {
        const page = await summaryMarkdownUncited(fast);
        expect(page).toContain('- Sodium thiosulfate 25 g iv over 10 minutes 3 times a week (line 9): ⚠ within the reported 12.5–25 g iv 3 times a week (adults with calciphylaxis on haemodialysis), but infused faster than its shortest time');
    });

    it('over 30 minutes or more draws nothing and reads within', async () => {
        const slow = caseWith({ ...haemodialysis, drugs: ['drug sodiumThiosulfate 25 g iv 3 times a week over 45 minutes'] });
        expect((await diagnose(slow)).filter(r => r.code === 'dose-out-of-range')).toEqual([]);
        expect(await summaryMarkdownUncited(slow)).toContain('3 times a week (line 9): within the reported 12.5–25 g iv 3 times a week');
    });

    it('pamidronate under 2 hours names the drug references, not a label', async () => {
        const pamidronate = caseWith({ history: 'condition malignancy', drugs: ['drug pamidronate 90 mg iv once over 30 minutes'] });
        const rows = (await diagnose(pamidronate)).filter(r => r.code === 'dose-out-of-range' && r.text === 'over 30 minutes');
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Pamidronate over 30 minutes: faster than the shortest infusion the drug references give, 2 h; /)]);
    });
});

describe('cinacalcet 30 mg daily in an 11-year-old on peritoneal dialysis (case 02)', () => {
    const child = caseWith({ patient: 'age 11 years sex male weight 30 kg', history: 'condition peritonealDialysis\n        condition secondaryHyperparathyroidism', labs: 'calcium 10.1 mg/dL phosphate 7.9 mg/dL albumin 3.8 g/dL pth 1450 pg/mL', drugs: ['drug cinacalcet 30 mg oral daily'] });

    it('is not held to the adults\' parathyroid-carcinoma regimen and told it is given "less often"', async () => {
        expect((await diagnose(child)).filter(r => r.code === 'dose-out-of-range')).toEqual([]);
        expect(await summaryMarkdownUncited(child)).toContain('- Cinacalcet 30 mg oral daily (line 9): the knowledge base has no regimen for children (this patient is 11 years; its regimens are for adults on dialysis with secondary hyperparathyroidism and adults with parathyroid carcinoma or primary hyperparathyroidism): the dose is not checked');
    });

    it('the caution says what each label says of children, and that the adults\' start is not a child\'s dose', async () => {
        const rows = (await diagnose(child)).filter(r => r.code === 'drug-caution' && /Cinacalcet/.test(r.message));
        expect(rows.map(r => [r.severity, r.message])).toEqual([['warning', 'Cinacalcet at 11 years: cinacalcet is not established in children by the US label, and a child died with severe hypocalcaemia in a paediatric trial; the EU label allows it from 3 years on dialysis at a lower start, at most 0.20 mg/kg once daily by dry weight, with close calcium monitoring: the adults\' 30 mg start is not a child\'s dose.']]);
    });

    it('an adult with parathyroid carcinoma is still held to that regimen', async () => {
        const adult = caseWith({ patient: 'age 55 years sex male weight 80 kg', history: 'condition malignancy "parathyroid carcinoma"', labs: 'calcium 13.2 mg/dL albumin 4.0 g/dL creatinine 0.9 mg/dL', drugs: ['drug cinacalcet 30 mg oral twice daily'] });
        expect(await summaryMarkdownUncited(adult)).toMatch(/Cinacalcet 30 mg oral twice daily \(line 8\): [^\n]*30–90 mg oral 2–4 times a day \(adults with parathyroid carcinoma or primary hyperparathyroidism\)/);
    });
});

describe('history terms clinicians write', () => {
    it('morphea (and localised scleroderma) is a connective tissue disease: the calcinosis is dystrophic, not idiopathic (case 07; Deza 2016)', async () => {
        for (const term of ['morphea', 'localizedScleroderma']) {
            const text = caseWith({ history: `condition ${term}`, labs: 'calcium 9.2 mg/dL phosphate 3.4 mg/dL albumin 4.1 g/dL' });
            const rows = await diagnose(text);
            expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
            expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Dystrophic calcinosis cutis[^:]*: Morphea \(localised scleroderma\) \(connective tissue disease\)/);
        }
    });

    it('scleroderma reads as systemic sclerosis', async () => {
        const rows = await diagnose(caseWith({ history: 'condition scleroderma', labs: 'calcium 9.2 mg/dL phosphate 3.4 mg/dL albumin 4.1 g/dL' }));
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Dystrophic calcinosis cutis[^:]*: Systemic sclerosis \(connective tissue disease\)/);
    });

    it('myeloma and POEMS are a malignancy: zoledronic acid with a high calcium no longer reads "no malignancy recorded" (case 03)', async () => {
        for (const term of ['multipleMyeloma', 'myeloma', 'poemsSyndrome']) {
            const text = caseWith({ patient: 'age 52 years sex male weight 70 kg', history: `condition ${term}`, labs: 'calcium 13.1 mg/dL albumin 3.5 g/dL creatinine 0.9 mg/dL', drugs: ['drug zoledronicAcid 4 mg iv once'] });
            const rows = await diagnose(text);
            expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
            expect(rows.filter(r => /no malignancy recorded/.test(r.message))).toEqual([]);
        }
    });

    it('tertiary hyperparathyroidism is known', async () => {
        const rows = await diagnose(caseWith({ history: 'condition tertiaryHyperparathyroidism' }));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
    });

    it('dexamethasone is a corticosteroid: a calciphylaxis risk factor, with the taper caution, and no regimen checked', async () => {
        const text = caseWith({ history: 'condition malignancy "light-chain myeloma"', labs: 'albumin 2.8 g/dL creatinine 1.9 mg/dL', drugs: ['drug dexamethasone 40 mg oral weekly'], extra: '    lesion L1 { site thigh morphology retiformPurpura necrosis pain severe }\n    biopsy of L1 "calcification of small vessels with thrombosis"\n' });
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(rows.filter(r => r.code === 'drug-caution').map(r => r.message)).toContain('Dexamethasone in calciphylaxis: corticosteroids preceded most cases of non-uraemic calciphylaxis: taper them where the underlying disease allows.');
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/dexamethasone given \(a calciphylaxis risk factor\)/);
    });
});
