/**
 * Langium's registry, telling which AST types have checks: the document validator
 * (calc-document-validator.ts) visits those and the nodes that lead to them, not every node.
 */
import { ValidationRegistry } from 'langium';

export class CalcValidationRegistry extends ValidationRegistry {
    /** The concrete AST types with a check ('AstNode': every type), in any category. */
    checkedTypes(): ReadonlySet<string> {
        return new Set(this.entries.keys());
    }
}
