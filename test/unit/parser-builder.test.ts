/**
 * The parser built by syntax/calc-parser-builder.ts, with CalcParser's own container
 * links, reads every text as Langium's own parser (Langium's builder, Langium's parse):
 * the same nodes, properties, containers, spans and errors. A grammar that needs what
 * the builder leaves out is refused with a message naming the rule.
 */
import { EmptyFileSystem, LangiumParser, createParser, type AstNode, type LangiumCoreServices, type ParseResult } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { expect, it } from 'vitest';
import { createCalcServices } from '../../src/language/calc-module.js';
import { buildCalcParser } from '../../src/language/syntax/calc-parser-builder.js';
import { cohort, damaged, examples } from './parse-texts.js';

const services = createCalcServices(EmptyFileSystem).Calc;
const ours = services.parser.LangiumParser;
const langiums = createParser(services.Grammar, new LangiumParser(services), services.parser.Lexer.definition);
langiums.finalize();

/** Every node, where it hangs and what it spans; its properties other than links. */
function reading(result: ParseResult<AstNode>) {
    const nodes: string[] = [];
    const visit = (node: AstNode) => {
        const plain: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            const values = Array.isArray(value) ? value : [value];
            for (const item of values) if (item && typeof item === 'object' && typeof (item as AstNode).$type === 'string') visit(item as AstNode);
            plain[key] = Array.isArray(value) ? value.map(describe) : describe(value);
        }
        nodes.push(`${node.$type} in ${node.$container?.$type}.${node.$containerProperty}[${node.$containerIndex}] at ${node.$cstNode?.offset}+${node.$cstNode?.length} ${JSON.stringify(plain)}`);
    };
    visit(result.value);
    return {
        nodes,
        parserErrors: result.parserErrors.map(e => `${e.token.startOffset}: ${e.message}`),
        lexerErrors: result.lexerErrors.map(e => `${e.offset}: ${e.message}`)
    };
}

function describe(value: unknown): unknown {
    if (value && typeof value === 'object') {
        if ('$refText' in value) return `reference ${(value as { $refText: string }).$refText}`;
        if ('$type' in value) return (value as AstNode).$type;
    }
    return value;
}

it('reads the examples, a cohort and damaged texts as Langium\'s own parser does', () => {
    let errors = 0, containers = 0;
    for (const [i, text] of [...examples, ...cohort, ...damaged].entries()) {
        const [mine, reference] = [reading(ours.parse(text)), reading(langiums.parse(text))];
        errors += mine.parserErrors.length;
        containers += mine.nodes.filter(n => !n.includes(' in undefined.')).length;
        expect(mine, `text ${i}`).toEqual(reference);
    }
    expect(errors).toBeGreaterThan(0); // the damaged texts are compared with their errors
    expect(containers).toBeGreaterThan(1000);
});

it('refuses a grammar whose rules take parameters, naming the rule', async () => {
    const grammar = await createServicesForGrammar({
        grammar: `grammar G
entry Model: item=Item<true>;
Item<strict>: <strict> name='x' | name='y';
hidden terminal WS: /\\s+/;`
    }) as unknown as LangiumCoreServices;
    expect(() => buildCalcParser(grammar.Grammar, new LangiumParser(grammar), grammar.parser.Lexer.definition))
        .toThrow(/without rule arguments, which rule Model uses/);
});
