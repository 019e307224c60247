// For client components that get their words as plain strings from a server parent (so their
// pages ship no i18n library): puts values into "{name}" placeholders. Messages passed this way
// must not use ICU plural/select syntax.

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The text for a code from a table of texts (errors by code), or the fallback when unknown. */
export function textFor<T extends Record<string, string>>(table: T, code: string | null | undefined, fallback: string): string {
  return code && Object.hasOwn(table, code) ? table[code as keyof T] : fallback;
}
