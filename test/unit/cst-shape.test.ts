/**
 * The syntax tree without wrappers (syntax/linear-cst-builder.ts, issue 17) reads as
 * Langium's own tree: the same nodes own the same texts, each property and keyword is found
 * at the same place, each token belongs to the same AST node, on the examples, the
 * benchmark's cohort, and the same texts cut short and damaged (syntax errors, comments).
 */
import { AstUtils, CstNodeBuilder, CstUtils, EmptyFileSystem, GrammarUtils, createParser, isCompositeCstNode, type AstNode, type CstNode, type LangiumCoreServices } from 'langium';
import { expect, it } from 'vitest';
import { createCalcServices } from '../../src/language/calc-module.js';
import { CalcParser } from '../../src/language/syntax/calc-parser.js';
import { cohort, damaged, examples } from './parse-texts.js';

/** The same parser with Langium's CST builder. */
class LangiumTreeParser extends CalcParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        (this as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new CstNodeBuilder();
    }
}

const services = createCalcServices(EmptyFileSystem).Calc;
const ours = services.parser.LangiumParser;
const theirs = createParser(services.Grammar, new LangiumTreeParser(services), services.parser.Lexer.definition);
theirs.finalize();

const span = (node: CstNode | undefined) => node && `${node.offset}-${node.end} ${JSON.stringify(node.text)}`;

/** What Langium's features read from a tree. */
function reading(root: AstNode) {
    const nodes = AstUtils.streamAst(root).toArray();
    const keywords = ['{', '}', 'of', 'for', 'every', 'x', ','];
    return {
        nodes: nodes.map(node => ({
            type: node.$type,
            at: span(node.$cstNode),
            properties: Object.keys(node).filter(key => !key.startsWith('$')).map(key =>
                `${key}: ${GrammarUtils.findNodesForProperty(node.$cstNode, key).map(span).join(' | ')}`),
            keywords: keywords.map(keyword => GrammarUtils.findNodesForKeyword(node.$cstNode, keyword).map(span).join(' | '))
        })),
        tokens: CstUtils.streamCst(root.$cstNode!).filter(node => !isCompositeCstNode(node)).map(leaf =>
            `${span(leaf)} ${leaf.hidden ? 'hidden' : leaf.astNode.$type} ${JSON.stringify(leaf.range)}`).toArray()
    };
}

it('reads as Langium\'s tree on the examples, a cohort and damaged texts', () => {
    const texts = [...examples, ...cohort, ...damaged];
    let errors = 0;
    for (const [i, text] of texts.entries()) {
        const [mine, reference] = [ours.parse(text), theirs.parse(text)];
        errors += mine.parserErrors.length;
        expect(mine.parserErrors.map(e => e.message)).toEqual(reference.parserErrors.map(e => e.message));
        expect(reading(mine.value), `text ${i}`).toEqual(reading(reference.value));
    }
    expect(errors).toBeGreaterThan(0); // the damaged texts are compared with their errors
});

it('holds less than half of Langium\'s composite nodes', () => {
    const count = (root: AstNode) => CstUtils.streamCst(root.$cstNode!).filter(isCompositeCstNode).count();
    const [mine, reference] = [cohort.reduce((n, text) => n + count(ours.parse(text).value), 0), cohort.reduce((n, text) => n + count(theirs.parse(text).value), 0)];
    expect(mine).toBeLessThan(reference / 2);
});
