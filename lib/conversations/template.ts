// Jawaban cepat: a canned answer's text with {variables} filled in from the case.

export const TEMPLATE_VARIABLES = ["nama", "nomor", "layanan", "tenggat", "yang_kurang"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string | null>>;

const VARIABLE_RE = /\{([^{}\s]*)\}/g;

/** Variables in `body` that are not one of TEMPLATE_VARIABLES (refused at save). */
export function unknownVariables(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(VARIABLE_RE)) {
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(match[1])) unknown.add(match[1]);
  }
  return [...unknown];
}

/** Fills every known variable; a value the case does not have becomes "…" so the staff member sees the gap before sending. */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(VARIABLE_RE, (whole, name: string) => {
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) return whole;
    const value = values[name as TemplateVariable];
    return value && value.trim() ? value : "…";
  });
}

/** "/shortcut" at the end of what is being typed (start of text or after a space): the part after the slash. */
export function shortcutQuery(text: string): string | null {
  const match = /(?:^|\s)\/([a-z0-9_-]{0,30})$/i.exec(text);
  return match ? match[1].toLowerCase() : null;
}

/** Replaces the trailing "/shortcut" with the filled answer. */
export function insertAnswer(text: string, answer: string): string {
  return text.replace(/(^|\s)\/[a-z0-9_-]{0,30}$/i, (_m, lead: string) => `${lead}${answer}`);
}
