// Waiting room for the antrian booking (POST /api/antrian/pesan/:layanan/:tanggal/:jam), in front of
// Next's request handler (scripts/serve.mjs). Issue 11's 07:00 rush: hundreds of phones book the
// same few places in the same second.
//
// Why: without it every booking enters the app at once and they all share the CPU, so each one takes
// as long as all of them together (seconds), the 50 winners included, and the 450 who are then told
// "kuota penuh" wait just as long for it. With it:
//  - at most `concurrency` bookings are inside the app at a time per instance; the others wait here,
//    first come first served, so the first ones are answered at the speed of one booking;
//  - once the app has answered "kuota penuh" for a slot (its route marks that answer with the header
//    X-Slot-Full), everyone waiting for that slot, and everyone who asks for it in the next
//    `fullSeconds`, gets the same answer at once without entering the app.
// What it never does: answer anything but "kuota penuh", and only for a slot the app itself has just
// called full. Whether a place is free is still decided by the database, in the booking's claim.
//
// Across instances: a place that comes back (a cancellation, a quota raised, a schedule or closure
// changed) sends NOTIFY antrian_room from database triggers (migration 20261203190000); every
// instance LISTENs and forgets the full slots of that service (payload: its id; empty: all). While
// that connection is down only `fullSeconds` bounds how long a freed place is answered "full", and
// on reconnecting the instance forgets everything (it may have missed a change).
import { watchCacheVersions } from "./page-cache.mjs";

export const BOOKING_PATH = /^\/api\/antrian\/pesan\/([^/]+)\/([^/]+)\/([^/]+)$/;
export const FULL_HEADER = "x-slot-full";
const FULL_BODY = JSON.stringify({ ok: false, error: "quota_full" });

/** The slot a booking request names, or null for any other request. */
export function slotOf(req) {
  if (req.method !== "POST") return null;
  const path = (req.url ?? "/").split("?")[0];
  const m = BOOKING_PATH.exec(path);
  if (!m) return null;
  try {
    const [service, day, start] = m.slice(1).map(decodeURIComponent);
    return { service, key: `${service}|${day}|${start}` };
  } catch {
    return null; // a malformed escape: the app answers it
  }
}

export function createBookingGate({
  concurrency = 8,
  maxWaiting = 5000,
  fullSeconds = 10,
  databaseUrl = process.env.DATABASE_URL,
  log = (m) => console.error(m),
  now = Date.now,
} = {}) {
  const full = new Map(); // slot key → { service, until }
  const waiting = []; // { req, res, slot, next, gone }
  let inside = 0;
  const counts = { entered: 0, answeredFull: 0, waited: 0, refusedBusy: 0 };

  function isFull(slot) {
    const f = full.get(slot.key);
    if (!f) return false;
    if (f.until > now()) return true;
    full.delete(slot.key);
    return false;
  }

  function answerFull(req, res) {
    counts.answeredFull += 1;
    req.resume(); // the small JSON body is not needed
    res.writeHead(409, { "Content-Type": "application/json", "Cache-Control": "no-store", [FULL_HEADER]: "1", "X-Booking-Gate": "full" }).end(FULL_BODY);
  }

  function markFull(slot) {
    full.set(slot.key, { service: slot.service, until: now() + fullSeconds * 1000 });
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i];
      if (w.slot.key !== slot.key) continue;
      waiting.splice(i, 1);
      if (!w.gone) answerFull(w.req, w.res);
    }
  }

  function enter(req, res, slot, next) {
    inside += 1;
    counts.entered += 1;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      inside -= 1;
      pump();
    };
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      const headers = typeof rest[0] === "object" ? rest[0] : rest[1];
      const said = res.getHeader(FULL_HEADER) ?? (headers && (headers[FULL_HEADER] ?? headers["X-Slot-Full"]));
      if (status === 409 && String(said) === "1") markFull(slot);
      return writeHead.call(this, status, ...rest);
    };
    res.once("finish", leave);
    res.once("close", leave);
    try {
      next(req, res);
    } catch (error) {
      leave();
      throw error;
    }
  }

  function pump() {
    while (inside < concurrency && waiting.length > 0) {
      const w = waiting.shift();
      if (w.gone) continue;
      if (isFull(w.slot)) answerFull(w.req, w.res);
      else enter(w.req, w.res, w.slot, w.next);
    }
  }

  function serve(req, res, next) {
    const slot = slotOf(req);
    if (!slot) return next(req, res);
    if (isFull(slot)) return answerFull(req, res);
    if (inside < concurrency) return enter(req, res, slot, next);
    if (waiting.length >= maxWaiting) {
      counts.refusedBusy += 1;
      req.resume();
      res.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store", "Retry-After": "2" }).end(JSON.stringify({ ok: false, error: "busy" }));
      return;
    }
    counts.waited += 1;
    const w = { req, res, slot, next, gone: false };
    // A phone that gives up while waiting is not booked later behind its back.
    res.once("close", () => {
      if (!res.writableEnded) w.gone = true;
    });
    waiting.push(w);
  }

  /** Forgets the full slots of one service (or all with no id): a place may have come back. */
  function forget(service = "") {
    if (!service) return full.clear();
    for (const [key, f] of full) if (f.service === service) full.delete(key);
  }

  const watcher = databaseUrl
    ? watchCacheVersions({ databaseUrl, channel: "antrian_room", onChange: (kind, payload) => forget(kind === "notify" ? payload : ""), log })
    : null;

  return {
    serve,
    forget,
    stats: () => ({ ...counts, inside, waiting: waiting.length, full: full.size }),
    listening: () => watcher?.listening() ?? false,
    close: () => watcher?.close(),
  };
}
