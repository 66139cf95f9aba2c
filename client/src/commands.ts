/**
 * Every command, view type and configuration key the extension contributes, declared once.
 * A unit test checks that package.json declares exactly these.
 */
export const Commands = {
} as const;

export const ViewTypes = {
} as const;

/** Configuration keys under the `sop.` section. */
export const ConfigKeys = {
} as const;
