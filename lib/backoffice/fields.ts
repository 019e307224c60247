// Checks the values of a service's own fields (FIELD requirements) as typed at a desk. Pure; codes only.

export type FieldRequirement = {
  code: string;
  required: boolean;
  fieldType: "TEXT" | "TEXTAREA" | "NUMBER" | "DATE" | "CHOICE" | null;
  options: string[];
};

export function validateFieldValues(
  requirements: FieldRequirement[],
  values: Record<string, string | undefined>,
): { ok: true; data: Record<string, string | number> } | { ok: false; errors: Record<string, string> } {
  const data: Record<string, string | number> = {};
  const errors: Record<string, string> = {};
  for (const req of requirements) {
    const raw = (values[req.code] ?? "").trim();
    if (!raw) {
      if (req.required) errors[req.code] = "required";
      continue;
    }
    const max = req.fieldType === "TEXTAREA" ? 2000 : 200;
    if (raw.length > max) errors[req.code] = "too_long";
    else if (req.fieldType === "NUMBER") {
      const n = Number(raw.replace(",", "."));
      if (!Number.isFinite(n)) errors[req.code] = "number_invalid";
      else data[req.code] = n;
    } else if (req.fieldType === "DATE") {
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) === raw;
      if (!valid) errors[req.code] = "date_invalid";
      else data[req.code] = raw;
    } else if (req.fieldType === "CHOICE") {
      if (!req.options.includes(raw)) errors[req.code] = "choice_invalid";
      else data[req.code] = raw;
    } else data[req.code] = raw;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data };
}
