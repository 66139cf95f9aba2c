import { stream, ValidationRegistry, type Stream, type ValidationCategory, type ValidationCheck } from 'langium';

/**
 * Langium's registry wraps every check in an async function, so each call of each check on each
 * node cost two promises and their turns of the microtask queue, whether the check awaited
 * anything or not: at 2,000 steps more time than many checks took. A check that returns without
 * a promise here returns nothing; a check that throws, or whose promise rejects, is handled by
 * Langium's `handleException` exactly as before. `SopDocumentValidator.validateAstNodes` awaits
 * only what is a promise.
 */
export class SopValidationRegistry extends ValidationRegistry {
    /** Checks per categories list (the validation options' array) and node type, as arrays: Langium builds a stream per node validated. */
    private byCategories = new WeakMap<object, Map<string, ValidationCheck[]>>();
    private readonly all = {};

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        super.addEntry(type, entry);
        this.byCategories = new WeakMap();
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        return stream(this.checksOf(type, categories));
    }

    /** `getChecks` as a shared array (read-only). */
    checksOf(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories ?? this.all;
        let byType = this.byCategories.get(key);
        if (!byType) this.byCategories.set(key, byType = new Map());
        let checks = byType.get(type);
        if (!checks) byType.set(type, checks = super.getChecks(type, categories).toArray());
        return checks;
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept, cancelToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (err) {
                return this.handleException(() => { throw err; }, context, accept, node);
            }
            if (result instanceof Promise) return this.handleException(() => result as Promise<void>, context, accept, node);
            return undefined;
        };
    }
}
