/**
 * A cleaned JSON Lines record: the input record's own fields (id, url, ...) in their
 * order, less the field that was cleaned, then the result's fields. Where the record
 * already has a field of that name, the record's value stays, except `text`, which is
 * always the cleaned text.
 */
export function mergeRecord(record: Readonly<Record<string, unknown>>, cleanedField: string, result: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // A Map, then fromEntries: a record's "__proto__" key stays a plain field.
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) if (key !== cleanedField) fields.set(key, value);
  for (const [key, value] of Object.entries(result)) if (!fields.has(key) || key === 'text') fields.set(key, value);
  return Object.fromEntries(fields);
}
