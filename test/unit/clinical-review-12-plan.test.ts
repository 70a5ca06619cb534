/**
 * Clinician read 12, the plan and the lab messages: the calcified ear and its endocrine causes,
 * sarcoidosis with hypercalcaemia, electrode-paste calcinosis excised in a child, computed lab
 * values that must not round onto the limit they are held to, and imaging named by its label.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { diagnose, services, validate } from './helpers.js';

async function markdownOf(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
}

/** The numbered plan step whose title starts so, as one line of the Markdown summary. */
function step(markdown: string, title: string): string | undefined {
    return markdown.split('\n').find(line => /^\d+\. \*\*/.test(line) && line.includes(`**${title}`));
}

const ckdLabs = (calcium: string, phosphate: string, albumin = '4.0') => `case Edge {
    patient { age 52 years sex female weight 60 kg }
    history { condition chronicKidneyDisease }
    lesion L1 { site forearm size 1 x 1 cm morphology nodular }
    labs { calcium ${calcium} mg/dL phosphate ${phosphate} mg/dL albumin ${albumin} g/dL egfr 40 mL/min/1.73m2 }
    imaging { xray of L1 "Soft-tissue calcification" }
}
`;

describe('computed lab values are shown on their side of the limit', () => {
    it('a corrected calcium just above the reference is not printed as the limit itself', async () => {
        // 10.426 + 0.8 × (4 − 4.02) = 10.41 mg/dL, above 10.4.
        const rows = await diagnose(ckdLabs('10.426', '3.5', '4.02'));
        const calcium = rows.find(r => r.code === 'lab-out-of-range' && r.message.startsWith('Albumin-corrected calcium'))!;
        expect(calcium.message).toMatch(/^Albumin-corrected calcium 10\.41 mg\/dL \(measured 10\.426 mg\/dL, albumin 4\.02 g\/dL: .*\) is high: above the adult \(18 years and over\) reference 8\.8–10\.4 mg\/dL by 0\.01 mg\/dL\./);
        expect(rows.find(r => r.code === 'classification')!.message).toContain('albumin-corrected calcium 10.41 mg/dL high');
    });

    it('Ca × P just above 55 reads above 55, and just below 70 reads below 70', async () => {
        // 10.4 × 5.2904 = 55.02; 10.4 × 6.729 = 69.98 (both above the KDOQI target of 55 in CKD).
        const above55 = (await diagnose(ckdLabs('10.4', '5.2904'))).find(r => r.code === 'calcium-phosphate-product')!;
        expect(above55.message).toMatch(/^Calcium × phosphate 55\.02 mg²\/dL² .* is above 55 mg²\/dL²/);
        const below70 = (await diagnose(ckdLabs('10.4', '6.729'))).find(r => r.code === 'calcium-phosphate-product')!;
        expect(below70.message).toMatch(/^Calcium × phosphate 69\.98 mg²\/dL² .*\(below 70, the threshold for metastatic calcification\)/);
        // 54.98: below the target, no warning.
        expect((await diagnose(ckdLabs('10.4', '5.2865'))).filter(r => r.code === 'calcium-phosphate-product')).toEqual([]);
    });

    it('the classification and the plan quote the product on its side too', async () => {
        // 10.4 × 6.7327 = 70.02: above the metastatic threshold.
        const text = ckdLabs('10.4', '6.7327');
        expect((await diagnose(text)).find(r => r.code === 'classification')!.message).toContain('Ca × P 70.02 mg²/dL² above 70');
        expect(step(await markdownOf(ckdLabs('10.4', '5.2904')), 'Correct calcium and phosphate')).toContain('Ca × P 55.02 above 55 (KDOQI 2003)');
    });
});

describe('imaging is named by its label in the classification', () => {
    it('plain radiograph and computed tomography, not xray and ct', async () => {
        const text = `case Sclerosis {
    patient { age 52 years sex female weight 60 kg }
    history { condition systemicSclerosis }
    lesion F1 { site finger size 5 x 5 mm morphology nodular }
    labs { calcium 9.4 mg/dL phosphate 3.5 mg/dL albumin 4.0 g/dL }
    imaging { xray of F1 "Soft-tissue calcification" ct of F1 "Calcified subcutaneous deposits" }
}
`;
        const message = (await diagnose(text)).find(r => r.code === 'classification')!.message;
        expect(message).toContain('plain radiograph: calcified deposits on imaging; computed tomography: calcified deposits on imaging');
        expect(message).not.toMatch(/\b(xray|ct): /);
    });
});

const eegPaste = (age: string, ulcerated = 'no') => `case EegPaste {
    patient { age ${age} sex male weight 16 kg }
    history { condition epilepsy exposure electrodePaste "5-day video-EEG" }
    lesion S1 { site scalp count 12 size 4 mm morphology papular chalky pain mild ulcerated ${ulcerated} }
    labs { calcium 9.8 mg/dL phosphate 5.0 mg/dL albumin 4.2 g/dL }
    treatment { excision of S1 under general anaesthesia }
}
`;

describe('electrode-paste calcinosis excised in a child', () => {
    it('without necrosis: information at the excision that the nodules resolve on their own (weak evidence)', async () => {
        const rows = (await diagnose(eegPaste('4 years'))).filter(r => r.code === 'management-mismatch');
        expect(rows).toHaveLength(1);
        expect(rows[0].severity).toBe('information');
        expect(rows[0].message).toBe('Excision of electrode-paste calcinosis in a child, without necrosis: Calcinosis from calcium chloride electrode paste in children usually resolves on its own within months once the paste is removed: excision (under general anaesthesia in a child) is rarely needed (Puig 1998; weak evidence).');
        expect(rows[0].line).toBe(6);
    });

    it('in an infant it is the paste\'s course, not the extravasation series\'', async () => {
        const rows = (await diagnose(eegPaste('8 months'))).filter(r => r.code === 'management-mismatch');
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Excision of electrode-paste calcinosis in a child, without necrosis:/)]);
    });

    it('not with an ulcerated lesion, nor in an adult', async () => {
        expect((await diagnose(eegPaste('4 years', 'yes'))).filter(r => r.code === 'management-mismatch')).toEqual([]);
        expect((await diagnose(eegPaste('30 years'))).filter(r => r.code === 'management-mismatch')).toEqual([]);
    });
});

const ear = (history: string, calcium = '9.2', site = 'bilateral ear') => `case PetrifiedEar {
    patient { age 52 years sex male weight 74 kg }
    history {
${history}
    }
    lesion E1 { site ${site} size 6 x 3 cm morphology hard pain none }
    labs { calcium ${calcium} mg/dL phosphate 3.4 mg/dL albumin 4.3 g/dL creatinine 1.0 mg/dL }
    imaging { xray of E1 "Dense calcification of the auricular cartilage bilaterally" }
}
`;

describe('the calcified ear', () => {
    const title = 'A calcified ear: exclude adrenal insufficiency and hypopituitarism';

    it('the plan asks first for adrenal insufficiency, hypopituitarism and the other reported causes, frostbite recorded or not', async () => {
        for (const history of ['        injury frostbite "both ears, 20 years ago"', '']) {
            const markdown = await markdownOf(ear(history));
            const auricular = step(markdown, title)!;
            expect(auricular).toMatch(/^1\. /);
            expect(auricular).toContain('Suits this case. Why: E1 at the ear. A calcified auricular cartilage ("petrified ear") can be the clue to a life-threatening cortisol deficiency: exclude adrenal insufficiency (Addison disease) and hypopituitarism.');
            for (const cause of ['adrenal insufficiency was the commonest (36%), then hypopituitarism (22%)', 'trauma, frostbite and inflammation', 'Hypercalcaemia from a metabolic or endocrine disorder', 'Diabetes mellitus', 'Ochronosis (alkaptonuria)']) expect(auricular).toContain(cause);
            expect(markdown).toContain('**Valea 2024 (petrified ear).**');
        }
    });

    it('pinna and auricle are the ear', async () => {
        const rows = await diagnose(ear('', '9.2', 'left pinna'));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(step(await markdownOf(ear('', '9.2', 'auricle')), title)).toBeDefined();
    });

    it('a hypercalcaemic crisis still comes first; no such step away from the ear', async () => {
        const crisis = await markdownOf(ear('', '14.6'));
        expect(step(crisis, 'Treat the hypercalcaemic crisis first')).toMatch(/^1\. /);
        expect(step(crisis, title)).toMatch(/^2\. /);
        expect(step(await markdownOf(ear('', '9.2', 'bilateral shin')), title)).toBeUndefined();
    });
});

describe('sarcoidosis with hypercalcaemia', () => {
    const sarcoid = readFileSync(fileURLToPath(new URL('./cases/review9/01-sarcoid-hypercalcaemia.calc', import.meta.url)), 'utf8');
    const cause = 'Correct the underlying disorder';

    it('limits calcium, vitamin D and sun, names corticosteroids first and the alternatives, and the debate on vitamin D', async () => {
        const line = step(await markdownOf(sarcoid), cause)!;
        expect(line).toContain('Why: Sarcoidosis (metabolic), Chronic kidney disease (renal failure); 1,25-dihydroxyvitamin D (calcitriol) 215 pmol/L (89.6 pg/mL) high.');
        expect(line).toContain('With the calcium raised in sarcoidosis, reduce calcium and vitamin D from the diet and supplements, and avoid excessive sun exposure');
        expect(line).toContain('Corticosteroids reverse the hypercalcaemia promptly; where it does not respond to them, or their side effects are dangerous, chloroquine, hydroxychloroquine or ketoconazole.');
        expect(line).toContain('withdrawal of vitamin D supplements (in 8 by the withdrawal alone)');
        expect(line).toContain('Once the calcium is normal, avoiding vitamin D is debated');
        // Calcitriol measured: not asked for.
        expect(line).not.toContain('Measure 1,25-dihydroxyvitamin D');
    });

    it('asks for 1,25-dihydroxyvitamin D where it is not recorded', async () => {
        const line = step(await markdownOf(sarcoid.replace(/\n\s*calcitriol 215 pmol\/L/, '')), cause)!;
        expect(line).toContain('Measure 1,25-dihydroxyvitamin D (calcitriol) as well as 25-hydroxyvitamin D: in sarcoidosis calcitriol best evaluates vitamin D status');
    });

    it('with a normal calcium (a raised phosphate in CKD) none of the hypercalcaemia advice', async () => {
        const line = step(await markdownOf(`case SarcoidPhosphate {
    patient { age 52 years sex female weight 60 kg }
    history { condition sarcoidosis condition chronicKidneyDisease }
    lesion L1 { site forearm size 1 x 1 cm morphology nodular }
    labs { calcium 9.4 mg/dL phosphate 5.6 mg/dL albumin 4.0 g/dL egfr 40 mL/min/1.73m2 }
    imaging { xray of L1 "Soft-tissue calcification" }
}
`), cause);
        expect(line).toContain('Why: Sarcoidosis (metabolic)');
        expect(line).not.toContain('avoid excessive sun exposure');
        expect(line).not.toContain('Measure 1,25-dihydroxyvitamin D');
    });
});

describe('the summary\'s laboratory table shows computed values on their side of the limit', () => {
    it('corrected calcium 10.41 and Ca × P 55.02, not 10.4 and 55', async () => {
        const markdown = await markdownOf(ckdLabs('10.426', '5.2855', '4.02'));
        expect(markdown).toContain('| **10.41 mg/dL**');
        // 10.41 × 5.2855 = 55.02.
        expect(markdown).toMatch(/= 55\.02 mg²\/dL² \| \*\*55\.02 mg²\/dL²\*\*/);
    });
});
