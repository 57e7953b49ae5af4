/** What the process's exit code says. Documented in --help and the README. */
export const EXIT_OK = 0;
/** At least one input could not be cleaned; the others were. */
export const EXIT_SOME_FAILED = 1;
/** The command line was wrong; nothing was cleaned. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** `unboil check`: boilerplate was found (or an input could not be read). */
export const EXIT_FOUND = 1;

/** `unboil diff`, as diff(1): the cleaned text differs from an input. */
export const EXIT_DIFFERENT = 1;
/** `unboil diff`, as diff(1): an input could not be read (a usage error is EXIT_USAGE, the same code). */
export const EXIT_TROUBLE = 2;
