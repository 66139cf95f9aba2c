import { ValidationRegistry, type ValidationCategory, type ValidationCheck } from 'langium';

/**
 * Langium's registry wraps every check in an async function, so each call of each check on each
 * node cost two promises and their turns of the microtask queue, whether the check awaited
 * anything or not: at 2,000 steps more time than many checks took. A check that returns without
 * a promise here returns nothing; a check that throws, or whose promise rejects, is handled by
 * Langium's `handleException` exactly as before. `SopDocumentValidator.validateAstNodes` awaits
 * only what is a promise.
 */
export class SopValidationRegistry extends ValidationRegistry {
    /** type → categories (joined) → its checks; Langium's `getChecks` builds a stream of three stages per node. */
    private readonly checkLists = new Map<string, Map<string, readonly ValidationCheck[]>>();

    /** The checks `getChecks` gives, in its order, as an array kept until a check is registered. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
        let byCategories = this.checkLists.get(type);
        if (!byCategories) this.checkLists.set(type, byCategories = new Map());
        const key = categories ? categories.join('\u0000') : '';
        let checks = byCategories.get(key);
        if (!checks) byCategories.set(key, checks = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray());
        return checks;
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.checkLists.clear();
        super.addEntry(type, entry);
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
