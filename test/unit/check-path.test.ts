/**
 * The check made lean (issue 17) finds exactly what it found before, on the benchmark's
 * generated cohort (all five types, one case in four with slips, dangling lesion references
 * among them): our linker, scope computation, scope provider, node descriptions, reference
 * index and validator walk against Langium's own; and `calc-case check` checking files in one build
 * against checking each file alone.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    DefaultAstNodeDescriptionProvider, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation, DefaultScopeProvider,
    EmptyFileSystem, isReference, URI, type AstNode, type LangiumDocument, type Module, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { afterAll, expect, it } from 'vitest';
import { createCalcServices, type CalcServices } from '../../src/language/calc-module.js';
import { CalcDocumentValidator } from '../../src/language/lsp/calc-document-validator.js';
import { checkFiles } from '../../src/cli/check.js';
import { cohortText, generateCohort } from '../../bench/generate.js';

const cases = generateCohort({ seed: 7, cases: 120 });
const texts = [...cases.map(c => c.calc), cohortText(cases.slice(0, 30))];

/** Calc's diagnostics and facts with Langium's walks: every node, every property. */
class LangiumWalkValidator extends CalcDocumentValidator {
    protected override validateAstNodes(root: AstNode, options: ValidationOptions, accept: ValidationAcceptor): Promise<void> {
        return DefaultDocumentValidator.prototype['validateAstNodes'].call(this, root, options, accept);
    }
}

const langiumDefaults: Module<CalcServices, PartialLangiumServices> = {
    references: {
        Linker: s => new DefaultLinker(s),
        ScopeComputation: s => new DefaultScopeComputation(s),
        ScopeProvider: s => new DefaultScopeProvider(s)
    },
    workspace: { ReferenceDescriptionProvider: s => new DefaultReferenceDescriptionProvider(s), AstNodeDescriptionProvider: s => new DefaultAstNodeDescriptionProvider(s) },
    validation: { DocumentValidator: s => new LangiumWalkValidator(s) }
};

async function build(services: ReturnType<typeof createCalcServices>): Promise<LangiumDocument[]> {
    const documents = texts.map((text, i) => services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///cohort/case${i}.calc`)));
    for (const document of documents) services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** What a user and Langium's features see of a document: diagnostics, references, symbols, the reference index. */
async function observed(services: ReturnType<typeof createCalcServices>, document: LangiumDocument) {
    const localSymbols = document.localSymbols!;
    return {
        diagnostics: document.diagnostics,
        references: document.references.filter(isReference).map(r => ({ text: r.$refText, at: r.$refNode?.range, target: r.ref && services.Calc.workspace.AstNodeLocator.getAstNodePath(r.ref), error: r.error?.message })),
        symbols: [...(localSymbols as unknown as { keys(): Iterable<AstNode> }).keys()].map(node => localSymbols.getStream(node).map(d => `${d.type} ${d.name} ${d.path} ${JSON.stringify([d.nameSegment, d.selectionSegment])}`).toArray()),
        index: (await services.Calc.workspace.ReferenceDescriptionProvider.createDescriptions(document)).map(d => ({ ...d, sourceUri: d.sourceUri.toString(), targetUri: d.targetUri.toString() }))
    };
}

it('finds on the cohort what Langium\'s own walks find: diagnostics, references, symbols, reference index', async () => {
    const ours = createCalcServices(EmptyFileSystem);
    const reference = createCalcServices(EmptyFileSystem, langiumDefaults);
    const [mine, theirs] = [await build(ours), await build(reference)];
    const dangling = mine.flatMap(d => d.references).filter(r => r.error).length;
    expect(dangling).toBeGreaterThan(5); // the cohort's danglingRef slips, so that unresolved references are compared too
    for (const [i, document] of mine.entries()) {
        expect(await observed(ours, document), `case${i}.calc`).toEqual(await observed(reference, theirs[i]));
    }
});

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-check-path-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

it('calc-case check reports the same checking files in one build as checking each file alone, in the order named', async () => {
    const files = cases.slice(0, 24).map((c, i) => {
        const file = path.join(folder, `case-${i}.calc`);
        fs.writeFileSync(file, c.calc);
        return file;
    });
    files.splice(10, 0, path.join(folder, 'missing.calc'));
    const together = await checkFiles(files, createCalcServices(NodeFileSystem));
    const alone = [];
    for (const file of files) alone.push(...await checkFiles([file], createCalcServices(NodeFileSystem)));
    expect(together.map(r => r.file)).toEqual(files);
    expect(together[10].error).toMatch(/no such file/);
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
});
