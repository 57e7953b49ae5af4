/**
 * Loads a heavy CommonJS module the first time one of its members is used, so that
 * start-up stays fast for runs that never need it (cheerio only for HTML pages, chrono-node
 * only for datelines). Loading is synchronous, so `clean()` stays synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T extends object>(id: string): T {
  let loaded: T | undefined;
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get((loaded ??= require(id) as T), key),
  });
}
