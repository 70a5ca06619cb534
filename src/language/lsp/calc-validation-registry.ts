/**
 * Langium's registry, telling which AST types have checks: the document validator
 * (calc-document-validator.ts) visits those and the nodes that lead to them, not every node.
 * What it answers is kept until a check is registered: Langium's `getChecks` builds a
 * stream per node asked, and the checked types were a new set per document (issue 17).
 */
import { ValidationRegistry, type ValidationCategory, type ValidationCheck } from 'langium';

export class CalcValidationRegistry extends ValidationRegistry {
    private checked?: ReadonlySet<string>;
    private readonly checks = new Map<string, readonly ValidationCheck[]>();

    /** The concrete AST types with a check ('AstNode': every type), in any category. */
    checkedTypes(): ReadonlySet<string> {
        return this.checked ??= new Set(this.entries.keys());
    }

    /** Langium's getChecks as an array, kept per type and categories. */
    checksFor(type: string, categories: ValidationCategory[] | undefined): readonly ValidationCheck[] {
        const key = categories ? `${type} ${categories.join()}` : type;
        let checks = this.checks.get(key);
        if (!checks) this.checks.set(key, checks = this.getChecks(type, categories).toArray());
        return checks;
    }

    protected override addEntry(...entry: Parameters<ValidationRegistry['addEntry']>): void {
        this.checked = undefined;
        this.checks.clear();
        super.addEntry(...entry);
    }
}
