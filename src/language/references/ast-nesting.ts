/**
 * Which AST types can hold which, read once from the grammar. Langium's scope computation,
 * linker, reference index and validator each walk every node and every property of a
 * document (a generic stream, an `await` per node); the few nodes they need (those with a
 * name, a reference or a check) sit at known places. A walk from `pathsTo` descends only
 * into the properties that can lead to them.
 */
import { AstUtils, GrammarAST, GrammarUtils, isAstNode, type AstNode, type Grammar } from 'langium';

/** Per AST type, the properties to descend into; a type not listed is not descended. */
export type NestingPaths = ReadonlyMap<string, readonly string[]>;

/** Type → property → the concrete types that property can hold. */
type Containment = Map<string, Map<string, Set<string>>>;

const containments = new WeakMap<Grammar, Containment | 'unknown'>();

/**
 * The paths from the root to every node whose type is in `targets` (concrete types), or
 * undefined when the grammar has actions or infix rules, whose nesting this does not read:
 * then walk everything.
 */
export function pathsTo(grammar: Grammar, targets: ReadonlySet<string>): NestingPaths | undefined {
    let containment = containments.get(grammar);
    if (!containment) containments.set(grammar, containment = readContainment(grammar));
    if (containment === 'unknown') return undefined;
    // Types that are a target or can hold one, to a fixed point.
    const leads = new Set(targets);
    for (let grown = true; grown;) {
        grown = false;
        for (const [type, properties] of containment) {
            if (leads.has(type)) continue;
            if ([...properties.values()].some(held => [...held].some(t => leads.has(t)))) {
                leads.add(type);
                grown = true;
            }
        }
    }
    const paths = new Map<string, string[]>();
    for (const [type, properties] of containment) {
        const into = [...properties].filter(([, held]) => [...held].some(t => leads.has(t))).map(([property]) => property);
        if (into.length > 0) paths.set(type, into);
    }
    return paths;
}

/** Visits `root` and, depth first in document order, the nodes the paths lead through. */
export function walkPaths(root: AstNode, paths: NestingPaths | undefined, visit: (node: AstNode) => void): void {
    if (!paths) {
        for (const node of AstUtils.streamAst(root)) visit(node);
        return;
    }
    const descend = (node: AstNode): void => {
        visit(node);
        const properties = paths.get(node.$type);
        if (!properties) return;
        for (const property of properties) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                for (const item of value) if (isAstNode(item)) descend(item);
            } else if (isAstNode(value)) {
                descend(value);
            }
        }
    };
    descend(root);
}

function readContainment(grammar: Grammar): Containment | 'unknown' {
    const rules = grammar.rules.filter(GrammarAST.isParserRule);
    if (grammar.rules.some(GrammarAST.isInfixRule) || rules.some(rule => AstUtils.streamAllContents(rule).some(GrammarAST.isAction))) return 'unknown';
    // Read once per rule: asked per rule and per caller, the walks took ~85 ms of each start-up.
    const assigned = new Map<GrammarAST.ParserRule, GrammarAST.Assignment[]>();
    const assignmentsOf = (rule: GrammarAST.ParserRule): GrammarAST.Assignment[] => {
        let assignments = assigned.get(rule);
        if (!assignments) assigned.set(rule, assignments = assignmentsWithFragments(rule));
        return assignments;
    };
    const isNodeRule = (rule: GrammarAST.AbstractRule | undefined): rule is GrammarAST.ParserRule =>
        GrammarAST.isParserRule(rule) && !rule.fragment && !GrammarUtils.isDataTypeRule(rule);
    // The concrete types a rule makes: its own if it assigns, plus those of the rules it calls unassigned (`Member: Title | …`).
    const concrete = new Map<GrammarAST.ParserRule, Set<string>>();
    const concreteOf = (rule: GrammarAST.ParserRule): Set<string> => {
        let types = concrete.get(rule);
        if (types) return types;
        concrete.set(rule, types = new Set());
        if (assignmentsOf(rule).length > 0) types.add(GrammarUtils.getRuleTypeName(rule));
        for (const call of AstUtils.streamAst(rule.definition).filter(GrammarAST.isRuleCall)) {
            const callee = call.rule.ref;
            if (isNodeRule(callee) && !AstUtils.getContainerOfType(call, GrammarAST.isAssignment)) for (const t of concreteOf(callee)) types.add(t);
        }
        return types;
    };
    const containment: Containment = new Map();
    for (const rule of rules.filter(isNodeRule)) {
        if (assignmentsOf(rule).length === 0) continue;
        const properties = new Map<string, Set<string>>();
        for (const assignment of assignmentsOf(rule)) {
            const held = properties.get(assignment.feature) ?? new Set<string>();
            const calls = AstUtils.streamAst(assignment.terminal).toArray().filter(GrammarAST.isRuleCall);
            for (const call of calls) if (isNodeRule(call.rule.ref)) for (const t of concreteOf(call.rule.ref)) held.add(t);
            if (held.size > 0) properties.set(assignment.feature, held);
        }
        containment.set(GrammarUtils.getRuleTypeName(rule), properties);
    }
    return containment;
}

/** The assignments of a rule, with those of the fragments it calls. */
function assignmentsWithFragments(rule: GrammarAST.ParserRule, seen = new Set<GrammarAST.ParserRule>()): GrammarAST.Assignment[] {
    if (seen.has(rule)) return [];
    seen.add(rule);
    const assignments: GrammarAST.Assignment[] = [];
    const fragments: GrammarAST.ParserRule[] = [];
    for (const element of AstUtils.streamAst(rule.definition)) {
        if (GrammarAST.isAssignment(element)) assignments.push(element);
        else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref.fragment) fragments.push(element.rule.ref);
    }
    for (const fragment of fragments) assignments.push(...assignmentsWithFragments(fragment, seen));
    return assignments;
}
