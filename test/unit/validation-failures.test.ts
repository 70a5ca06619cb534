/**
 * A check that fails is one error on its node, as in Langium, and the other checks still
 * run: the registry's wrapper runs a check that returns nothing synchronously (issue 17),
 * and a failing one, thrown or rejected, must still be reported.
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalcServices } from '../../src/language/calc-module.js';
import type { CalcAstType, CaseFile } from '../../src/language/generated/ast.js';
import type { ValidationChecks } from 'langium';

const TEXT = 'case Failing {\n    patient { age 40 years }\n    labs { calcium 25 mmol/L }\n}\n';

async function diagnosticsWith(check: () => void | Promise<void>) {
    const services = createCalcServices(EmptyFileSystem);
    services.Calc.validation.ValidationRegistry.register<CalcAstType>({ Case: check } satisfies ValidationChecks<CalcAstType>);
    const document = await parseHelper<CaseFile>(services.Calc)(TEXT, { validation: true });
    return (document.diagnostics ?? []).map(d => ({ code: d.code, severity: d.severity, line: d.range.start.line + 1, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

describe('a validation check that fails', () => {
    afterEach(() => vi.restoreAllMocks());

    it('thrown: one error on the case, and the clinical checks still report the calcium', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => {});
        const rows = await diagnosticsWith(() => { throw new Error('boom'); });
        expect(rows.filter(r => r.message.startsWith('An error occurred during validation'))).toEqual([
            { code: undefined, severity: 1, line: 1, message: 'An error occurred during validation: boom' }
        ]);
        expect(rows.some(r => r.code === 'lab-implausible' && r.line === 3)).toBe(true);
    });

    it('rejected: the same error, reported before the diagnostics are published', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => {});
        const rows = await diagnosticsWith(async () => { await Promise.resolve(); throw new Error('later'); });
        expect(rows.filter(r => r.message.startsWith('An error occurred during validation')).map(r => r.message)).toEqual(['An error occurred during validation: later']);
    });
});
