import type { SeedDb } from "./client";
import type { SeedContext } from "./base";

export async function seedRequests(_db: SeedDb, _ctx: SeedContext) {
  // Filled in by the requests work.
}
