// Next calls register() once when an app instance starts. In the Node.js runtime of a running
// server (not while `next build` collects pages) it starts the database warm-up (lib/antrian/mutations/warmup.ts) in
// the background, so the 07:00 booking rush meets an open pool and warm query paths. It never
// blocks or fails the start: a database that is not up yet costs one log line (and the outage
// guard of scripts/serve.mjs answers as usual). DB_WARMUP=off turns it off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build" || process.env.DB_WARMUP === "off") return;
  const { warmUp } = await import("./lib/antrian/mutations/warmup");
  void warmUp();
}
