import { describe, expect, it } from "vitest";
import { seedServices } from "@/prisma/seed/catalogue-data/services";
import { seedTemplates } from "@/prisma/seed/letters";
import { unknownVariables } from "./variables";

describe("seeded letter templates", () => {
  it.each(seedTemplates.map((t) => [t.slug, t] as const))("%s only uses known variables", (slug, t) => {
    const service = seedServices.find((s) => s.slug === slug);
    expect(service).toBeDefined();
    const codes = service!.requirements.filter((r) => r.kind === "FIELD").map((r) => r.code);
    expect(unknownVariables(`${t.title}\n${t.body}`, codes)).toEqual([]);
  });
});
