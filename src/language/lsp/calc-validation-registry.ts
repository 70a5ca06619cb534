/**
 * Langium's registry, telling which AST types have checks: the document validator
 * (calc-document-validator.ts) visits those and the nodes that lead to them, not every node.
 * What it answers is kept until a check is registered: Langium's `getChecks` builds a
 * stream per node asked, and the checked types were a new set per document (issue 17).
 */
import { isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck } from 'langium';

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

    /**
     * Langium's wrapper made every check async, two promises a call awaited per node (6 KB
     * of garbage a case, measured); a check that returns nothing now returns nothing. A failure is reported
     * as Langium reports it: on the console, and as an error on the node.
     */
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const pending = check.call(thisObj, node, accept, cancelToken);
                return pending instanceof Promise ? pending.catch(error => reportFailure(error, node, accept)) : undefined;
            } catch (error) {
                reportFailure(error, node, accept);
                return undefined;
            }
        };
    }

    protected override addEntry(...entry: Parameters<ValidationRegistry['addEntry']>): void {
        this.checked = undefined;
        this.checks.clear();
        super.addEntry(...entry);
    }
}

function reportFailure(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
    // Langium's cancellation is a symbol, not an Error: passed on as its wrapper does, for the builder to catch.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (isOperationCancelled(error)) throw error;
    console.error('An error occurred during validation:', error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    accept('error', `An error occurred during validation: ${error instanceof Error ? error.message : String(error)}`, { node });
}
