/**
 * The eleventh clinician review's patient cautions (cases in /tmp/clin11, reduced here to what
 * each finding rests on): zoledronic acid 4 mg once at a creatinine clearance below 30 and with
 * no malignancy, cinacalcet with a low corrected calcium, apixaban 5 mg at a creatinine clearance
 * of 15-29 in atrial fibrillation, colchicine with diltiazem, denosumab with zoledronic acid, and
 * two source corrections (IVIG's "over 65", apixaban in hepatic impairment).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

function caseWith({ patient = 'age 62 years sex female weight 74 kg', history = '', labs = 'creatinine 0.8 mg/dL', drugs }: { patient?: string; history?: string; labs?: string; drugs: string[] }): string {
    return `case R {\n    patient { ${patient} }\n    history {\n        ${history}\n    }\n    labs { ${labs} }\n    treatment {\n${drugs.map(d => `        ${d}\n`).join('')}    }\n}`;
}

async function cautions(text: string, drug: RegExp): Promise<Array<[string, string]>> {
    return (await diagnose(text)).filter(r => r.code === 'drug-caution' && drug.test(r.message)).map(r => [r.severity, r.message]);
}

/** Case 12: 81 years, 52 kg, creatinine 1.9 mg/dL: a creatinine clearance of 19.1 mL/min. */
const elderly = { patient: 'age 81 years sex female weight 52 kg height 155 cm', labs: 'calcium 13.1 mg/dL albumin 3.5 g/dL creatinine 1.9 mg/dL' };

describe('1. zoledronic acid 4 mg once at a creatinine clearance below 30, and with no malignancy (MHRA 2010; Zometa 1, limitation of use)', () => {
    const single = caseWith({ ...elderly, history: 'condition chronicKidneyDisease "G4"', drugs: ['drug zoledronicAcid 4 mg iv once'] });

    it('a warning: generally not recommended in severe renal impairment, for hypercalcaemia of malignancy only if the benefit outweighs the risk', async () => {
        expect(await cautions(single, /severe renal impairment is generally/)).toEqual([['warning', 'Zoledronic acid with a creatinine clearance of 19.1 mL/min (Cockcroft-Gault): intravenous zoledronic acid in severe renal impairment is generally not recommended; it may be considered for hypercalcaemia of malignancy if the benefit outweighs the risk (MHRA; the Zometa label: only after weighing the risks and benefits): hydrate first and measure the creatinine before each dose.']]);
        const normal = caseWith({ history: 'condition malignancy', drugs: ['drug zoledronicAcid 4 mg iv once'] });
        expect(await cautions(normal, /renal impairment|creatinine clearance/)).toEqual([]);
    });

    it('hypercalcaemia with no malignancy recorded: a warning that 4 mg is not established in hypercalcaemia not related to a tumour', async () => {
        expect(await cautions(single, /no malignancy recorded/)).toEqual([['warning', expect.stringMatching(/^Zoledronic acid with a high calcium \(13\.5 mg\/dL\) and no malignancy recorded: zoledronic acid 4 mg \(Zometa\) is labelled for hypercalcaemia of malignancy, .*not established in hyperparathyroidism or hypercalcaemia not related to a tumour/)]]);
        const myeloma = caseWith({ ...elderly, history: 'condition malignancy "myeloma"', drugs: ['drug zoledronicAcid 4 mg iv once'] });
        expect(await cautions(myeloma, /no malignancy recorded/)).toEqual([]);
        expect(await cautions(myeloma, /severe renal impairment is generally/)).toHaveLength(1);
        // Not the label's subject: a normal calcium (zoledronic acid for calcinosis in systemic sclerosis, off-label as reported).
        const calcinosis = caseWith({ history: 'condition systemicSclerosis', labs: 'calcium 9.2 mg/dL albumin 4.0 g/dL creatinine 0.8 mg/dL', drugs: ['drug zoledronicAcid 4 mg iv once'] });
        expect(await cautions(calcinosis, /no malignancy recorded/)).toEqual([]);
    });

    it('the summary no longer says "within": the caution applies', async () => {
        const page = await summaryMarkdownUncited(single);
        expect(page).toContain('- Zoledronic acid 4 mg iv once (line 8): not judged against the usual regimen: the caution applies, with a creatinine clearance of 19.1 mL/min (Cockcroft-Gault): intravenous zoledronic acid in severe renal impairment');
        expect(page).not.toMatch(/Zoledronic acid 4 mg iv once \(line 8\): [^\n]*within/);
    });

    it('the repeated oncology dose\'s caution says the single dose\'s proviso in severe renal impairment', async () => {
        const weekly = caseWith({ ...elderly, history: 'condition malignancy', drugs: ['drug zoledronicAcid 4 mg iv weekly'] });
        expect(await cautions(weekly, /repeated 4 mg/)).toEqual([['warning', expect.stringMatching(/the single dose for hypercalcaemia of malignancy is not reduced, but in severe renal impairment it too is given only if the benefit outweighs the risk; hydrate first and measure the creatinine before each dose\.$/)]]);
        expect(await cautions(weekly, /generally not recommended/)).toEqual([]);
    });
});

describe('2. cinacalcet with a calcium below 8.4 mg/dL, the corrected one where there is one (cinacalcet label)', () => {
    const low = caseWith({ history: 'condition haemodialysis', labs: 'calcium 7.6 mg/dL albumin 3.2 g/dL', drugs: ['drug cinacalcet 30 mg oral daily'] });

    it('a warning with the albumin-corrected calcium: do not start below 8.4 mg/dL, withhold below 7.5', async () => {
        expect(await cautions(low, /8\.4 mg\/dL/)).toEqual([['warning', 'Cinacalcet with an albumin-corrected calcium of 8.24 mg/dL: the label: do not start cinacalcet with a serum calcium below the lower limit of normal (8.4 mg/dL), and withhold it if the calcium falls below 7.5 mg/dL: correct the calcium first, and check it often once cinacalcet is given.']]);
    });

    it('the summary does not call 30 mg "within"', async () => {
        const page = await summaryMarkdownUncited(low);
        expect(page).toContain('- Cinacalcet 30 mg oral daily (line 8): not judged against the usual regimen: the caution applies, with an albumin-corrected calcium of 8.24 mg/dL');
        expect(page).not.toMatch(/Cinacalcet 30 mg oral daily \(line 8\): [^\n]*within/);
    });

    it('a measured calcium with no albumin is said as measured; a normal one draws nothing', async () => {
        const measured = caseWith({ history: 'condition haemodialysis', labs: 'calcium 8.0 mg/dL', drugs: ['drug cinacalcet 30 mg oral daily'] });
        expect((await cautions(measured, /8\.4 mg\/dL/)).map(([, m]) => m)).toEqual([expect.stringMatching(/^Cinacalcet with a calcium of 8 mg\/dL: /)]);
        const normal = caseWith({ history: 'condition haemodialysis', labs: 'calcium 9.2 mg/dL albumin 4.0 g/dL', drugs: ['drug cinacalcet 30 mg oral daily'] });
        expect(await cautions(normal, /8\.4 mg\/dL/)).toEqual([]);
    });
});

describe('3. apixaban 5 mg twice daily at a creatinine clearance of 15-29 in atrial fibrillation: the labels differ (EU/UK SmPC, US label)', () => {
    /** Case 08: 74 years, 82 kg, creatinine 2.3 mg/dL: 27.8 mL/min. */
    const af = (dose: string, history = 'condition atrialFibrillation') => caseWith({ patient: 'age 74 years sex female weight 82 kg height 158 cm', history, labs: 'creatinine 2.3 mg/dL', drugs: [`drug apixaban ${dose} oral twice daily`] });

    it('a warning naming both labels, the caution leading the verdict; not said of 2.5 mg, nor without atrial fibrillation', async () => {
        expect(await cautions(af('5 mg'), /15-29/)).toEqual([['warning', 'Apixaban with a creatinine clearance of 27.8 mL/min (Cockcroft-Gault) and atrial fibrillation: the labels differ at a creatinine clearance of 15-29 mL/min in atrial fibrillation: the EU/UK SmPC gives the lower dose, 2.5 mg twice daily; the US label gives 2.5 mg twice daily only with two of age 80 years or more, weight 60 kg or less and serum creatinine 1.5 mg/dL or more, and otherwise 5 mg twice daily.']]);
        expect(await summaryMarkdownUncited(af('5 mg'))).toContain('- Apixaban 5 mg oral twice daily (line 8): not judged against the usual regimen: the caution applies, with a creatinine clearance of 27.8 mL/min');
        expect(await cautions(af('2.5 mg'), /15-29/)).toEqual([]);
        expect(await cautions(af('5 mg', ''), /15-29/)).toEqual([]);
    });

});

describe('4. colchicine with diltiazem: an interaction caution, the sources\' disagreement said (colchicine label, Terkeltaub 2011, Eur Heart J 2021)', () => {
    it('a warning at colchicine naming diltiazem', async () => {
        const text = caseWith({ drugs: ['drug colchicine 0.5 mg oral twice daily', 'drug diltiazem 240 mg/day'] });
        expect(await cautions(text, /diltiazem/)).toEqual([['warning', expect.stringMatching(/^Colchicine given with diltiazem: diltiazem inhibits CYP3A4 and P-glycoprotein and raises colchicine levels: the sources differ .*moderate CYP3A4 inhibitor .*mild one/)]]);
        expect(await cautions(caseWith({ drugs: ['drug colchicine 0.5 mg oral twice daily'] }), /diltiazem/)).toEqual([]);
    });

});

describe('6. denosumab with zoledronic acid: two antiresorptives (Xgeva, Prolia labels)', () => {
    it('a warning at denosumab naming zoledronic acid', async () => {
        const text = caseWith({ history: 'condition malignancy', drugs: ['drug zoledronicAcid 4 mg iv once', 'drug denosumab 120 mg sc once'] });
        expect(await cautions(text, /antiresorptives/)).toEqual([['warning', expect.stringMatching(/^Denosumab given with zoledronic acid: denosumab with a bisphosphonate gives two antiresorptives together, their hypocalcaemia adding up/)]]);
        expect(await cautions(caseWith({ drugs: ['drug denosumab 120 mg sc once'] }), /antiresorptives/)).toEqual([]);
    });
});

describe('7. source corrections', () => {
    it('IVIG\'s age reason is "over 65": not said at 65 years, said at 66', async () => {
        const ivig = (age: number) => caseWith({ patient: `age ${age} years sex female weight 60 kg`, drugs: ['drug ivig 2 g/kg iv every 4 weeks'] });
        expect(await cautions(ivig(65), /immunoglobulin/)).toEqual([]);
        expect((await cautions(ivig(66), /immunoglobulin/)).map(([, m]) => m)).toEqual([expect.stringMatching(/^Intravenous immunoglobulin at 66 years: /)]);
    });

    it('apixaban in cirrhosis: caution with no adjustment in Child-Pugh A or B is the EU label\'s; the US label gives no recommendation in B', async () => {
        const text = caseWith({ history: 'condition cirrhosis', drugs: ['drug apixaban 5 mg oral twice daily'] });
        const [[, message]] = await cautions(text, /Child-Pugh/);
        expect(message).toContain('the EU label also advises caution, with no dose adjustment, in mild or moderate impairment (Child-Pugh A or B) and does not recommend it in severe; the US label needs no adjustment in mild impairment (Child-Pugh A), gives no dosing recommendation in moderate (Child-Pugh B) and does not recommend it in severe (Child-Pugh C)');
        expect(message).not.toContain('the US label advises caution');
    });
});
