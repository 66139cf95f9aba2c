/** Printed first by the suite, so a runner can tell its output from the workbench's start-up noise. */
export const SUITE_START = '[sop-vscode-suite] start';
