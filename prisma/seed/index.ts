// Idempotent demo data: safe to run again (npm run db:seed).
import { seedAntrian } from "./antrian";
import { seedBase } from "./base";
import { seedCatalogue } from "./catalogue";
import { seedClient } from "./client";
import { seedComplaints } from "./complaints";
import { seedContent } from "./content";
import { seedConversations } from "./conversations";
import { seedLetters } from "./letters";
import { seedRequests } from "./requests";
import { seedSurvey } from "./survey";

const db = seedClient();
try {
  const started = Date.now();
  const ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  await seedRequests(db, ctx);
  await seedComplaints(db, ctx);
  await seedSurvey(db, ctx);
  await seedContent(db, ctx);
  await seedLetters(db, ctx);
  await seedAntrian(db, ctx, catalogue);
  await seedConversations(db, ctx);
  console.log(`[layanan-warga] demo data ready (${Date.now() - started} ms)`);
} finally {
  await db.$disconnect();
}
