import type { SeedDb } from "./client";
import type { SeedContext } from "./base";

export async function seedCatalogue(_db: SeedDb, _ctx: SeedContext) {
  // Filled in by the catalogue work.
}
