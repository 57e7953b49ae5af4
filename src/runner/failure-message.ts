/**
 * What a document that could not be cleaned says on stderr: a document that ran over its
 * time says so as it is; anything else (a bug in a rule) is a cleaning failure, by name.
 */
import { DocumentTimeoutError } from '../document-clock.js';

export function failureMessage(error: unknown): string {
  if (error instanceof DocumentTimeoutError) return error.message;
  return `cleaning failed: ${(error as Error).message}`;
}
