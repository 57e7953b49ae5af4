/** What the process's exit code says. Documented in --help and the README. */
export const EXIT_OK = 0;
/** At least one input could not be cleaned; the others were. */
export const EXIT_SOME_FAILED = 1;
/** The command line was wrong; nothing was cleaned. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** `unboil check`: boilerplate was found (or an input could not be read). */
export const EXIT_FOUND = 1;
