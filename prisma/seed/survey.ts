import type { SeedDb } from "./client";
import type { SeedContext } from "./base";

export async function seedSurvey(_db: SeedDb, _ctx: SeedContext) {
  // Filled in by the survey work.
}
