import { checkDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json({ ok: database, database }, { status: database ? 200 : 503 });
}
