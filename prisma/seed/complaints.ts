import type { SeedDb } from "./client";
import type { SeedContext } from "./base";

export async function seedComplaints(_db: SeedDb, _ctx: SeedContext) {
  // Filled in by the complaints work.
}
