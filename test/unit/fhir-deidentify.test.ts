/**
 * Issue 19, item 4: the "de-identified" FHIR bundle carried the identifiers the editor
 * warns about. Every free text of a case (notes of the history, the lesion's site, drugs,
 * procedures and follow-up; the labs label; imaging and biopsy findings) holds identifiers
 * here; the bundle is then checked against the same patterns the `phi-identifier` warning
 * uses: not one left, each replaced by its placeholder.
 */
import { describe, expect, it } from 'vitest';
import { parseHelper } from 'langium/test';
import type { CaseFile } from '../../src/language/generated/ast.js';
import { documentBundles } from '../../src/language/fhir/fhir-document.js';
import { identifiersIn } from '../../src/language/clinical/identifiers.js';
import { services } from './helpers.js';

const PHI = 'Mrs. Jane Doe 555-987-6543, MRN 4455667, 221 Baker Street, seen 2023-03-14 by Dr. Who, jane@example.org';

const CASE = `case Identified {
    history {
        condition chronicKidneyDisease "${PHI}"
        injury trauma "${PHI}"
        exposure warfarin "${PHI}"
    }
    lesion L1 {
        site right thigh "${PHI}"
        morphology nodule
    }
    labs "${PHI}" {
        calcium 10.6 mg/dL
    }
    imaging {
        xray of L1 "${PHI}"
    }
    biopsy of L1 "${PHI}"
    treatment {
        drug diltiazem 240 mg/day "${PHI}"
        procedure curettage of L1 "${PHI}"
    }
    followup 6 months stable "${PHI}"
}
`;

/** Every string of the bundle but those that are structure (code systems, URLs, references, ids). */
function strings(value: unknown, key = '', out: Array<{ key: string; text: string }> = []): Array<{ key: string; text: string }> {
    if (typeof value === 'string') {
        if (!['system', 'url', 'fullUrl', 'reference', 'id', 'code', 'resourceType'].includes(key)) out.push({ key, text: value });
    } else if (Array.isArray(value)) {
        for (const item of value) strings(item, key, out);
    } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) strings(v, k, out);
    }
    return out;
}

describe('the FHIR bundle is de-identified as the phi-identifier warning asks', () => {
    it('no free text of the bundle holds an identifier the patterns flag; each is its placeholder', async () => {
        const document = await parseHelper<CaseFile>(services.Calc)(CASE, { validation: true });
        const warnings = document.diagnostics!.filter(d => d.code === 'phi-identifier');
        expect(warnings.length).toBeGreaterThanOrEqual(60); // 7 identifiers in each of the 11 texts
        const [bundle] = documentBundles(document, services.Calc.clinical.Analysis).bundles;
        const texts = strings(bundle);
        const left = texts.flatMap(({ key, text }) => identifiersIn(text).map(span => `${key}: ${span.identifier.kind} "${text.slice(span.start, span.end)}"`));
        expect(left).toEqual([]);
        const redacted = '[name] [phone], [record number], [address], seen [date] by [name], [e-mail]';
        // Each of the eleven texts reached the bundle, redacted.
        expect(texts.filter(t => t.text.includes(redacted)).length).toBeGreaterThanOrEqual(11);
        expect(JSON.stringify(bundle)).not.toMatch(/Jane|Doe|4455667|Baker|Who\b|example\.org|2023-03-14|987-6543/);
    });
});
