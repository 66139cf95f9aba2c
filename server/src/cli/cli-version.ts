declare const SOP_VERSION: string | undefined;

/** The package version, put in by the bundler; tests running the sources see a dev version. */
export const VERSION = typeof SOP_VERSION === 'string' ? SOP_VERSION : '0.0.0-dev';
