import { z } from "zod";

const targetId = z.string().min(1).max(40);

/**
 * For actions called as `save(id, input)`: one flat object `{ targetId, ...input }` for the schema,
 * so field errors keep the form's own field names.
 */
export function withTarget<S extends z.ZodType>(schema: S) {
  return z.object({ targetId }).and(schema);
}

/** As withTarget, for "save" actions where a null id means "create". */
export function withOptionalTarget<S extends z.ZodType>(schema: S) {
  return z.object({ targetId: targetId.nullable() }).and(schema);
}

export function targetInput(targetIdValue: unknown, input: unknown): unknown {
  return { ...(typeof input === "object" && input !== null ? input : {}), targetId: targetIdValue };
}
