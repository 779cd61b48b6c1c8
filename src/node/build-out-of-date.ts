/** The build lacks a page the manual says it should have: it is older than the history. Apart from the printer, which is loaded only to print. */
export class BuildOutOfDateError extends Error {}
