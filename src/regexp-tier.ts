/**
 * Regular expressions compile straight to machine code in this process, as if node had
 * been started with --no-regexp-tier-up. By default V8 first runs a pattern as bytecode
 * and compiles it again once it is hot: for the rules' many large patterns that doubled
 * the time to clean the first document (about 500 ms against 110) and cost a long run
 * two thirds of its speed (0.26 against 0.8 MB/s on text dumps). The flag is read each
 * time a pattern is compiled, so setting it when the library loads, before any rule has
 * run, is enough; a program's own patterns are compiled the same way, which only changes
 * their speed. See docs/internals.md.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
