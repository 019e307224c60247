// One simulated resident for scripts/load-test.mjs: plain fetch with a cookie jar, through the
// same HTTP requests a browser makes for a resident: the Auth.js sign-in, server-rendered pages,
// the start form posted as the no-JavaScript form post (its hidden $ACTION fields read from the
// page), the autosave and the submit as the browser's server-action calls (Next-Action header,
// ids from the build's manifest), and the upload route the form's XMLHttpRequest uses.
// Each request goes to the next instance in turn, as behind a round-robin load balancer.
import crypto from "node:crypto";

const DEMO_PASSWORD = "Demo#2026";

const entities = { amp: "&", quot: '"', lt: "<", gt: ">", "#x27": "'", "#39": "'" };
const unescapeHtml = (s) => s.replace(/&(amp|quot|lt|gt|#x27|#39);/g, (_m, e) => entities[e]);

/** The fields of the server-action form ($ACTION_…) in `html` that has a field named `marker` (not the header's sign-out form). */
export function actionFormFields(html, marker) {
  const form = html.match(/<form[^>]*>[\s\S]*?<\/form>/g)?.find((f) => f.includes("$ACTION_") && f.includes(`name="${marker}"`));
  if (!form) return null;
  const fields = [];
  for (const input of form.match(/<input[^>]*>/g) ?? []) {
    const name = input.match(/\sname="([^"]*)"/)?.[1];
    if (!name) continue;
    const type = input.match(/\stype="([^"]*)"/)?.[1] ?? "text";
    if (type === "radio" && !/\schecked(=""|\s|\/|>)/.test(input)) continue;
    fields.push([unescapeHtml(name), unescapeHtml(input.match(/\svalue="([^"]*)"/)?.[1] ?? "")]);
  }
  return fields;
}

/** A value a person could type for a required field of `type` (see lib/requests/fields.ts). */
export function valueFor(requirement, n) {
  switch (requirement.fieldType) {
    case "NUMBER":
      return "3";
    case "MONEY":
      return "1.500.000";
    case "DATE":
      return "17/08/2020";
    case "CHOICE":
      return requirement.options[0] ?? "";
    case "NIK":
      return "3201014506900002";
    case "TEXTAREA":
      return `Keperluan uji beban nomor ${n}, ditulis seperti warga menulisnya.`;
    default:
      return `Uji beban ${n}`;
  }
}

export class UnavailableError extends Error {}

export class Resident {
  /**
   * @param {{ bases: string[], nik: string, stats: import("./load-stats.mjs").Stats, timeoutMs: number,
   *   deadline: () => number, actions: { saveDraft: string }, pngs: Buffer[], pause: () => Promise<void> }} options
   */
  constructor(options) {
    Object.assign(this, options);
    this.jar = new Map();
    /** Requests whose send was answered with their number, and those whose send got no answer. */
    this.submitted = [];
    this.unconfirmed = [];
    this.turn = Math.floor(Math.random() * options.bases.length);
  }

  base() {
    this.turn = (this.turn + 1) % this.bases.length;
    return this.bases[this.turn];
  }

  cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  keep(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  /**
   * One HTTP request of a step, with the jar; `check(res, body)` returns an error text or null.
   * A 503 with Retry-After (the app's "sedang gangguan" answer while the database is away) is
   * counted as such, waited out and retried until the run's deadline; anything else unexpected
   * is an error of the step.
   */
  async call(step, path, init = {}, check = () => null) {
    for (;;) {
      const base = this.base();
      const headers = { "accept-language": "id", ...(init.headers ?? {}) };
      if (this.jar.size) headers.cookie = this.cookie();
      if (init.method === "POST") headers.origin = base;
      const started = performance.now();
      let res;
      let body = "";
      try {
        res = await fetch(base + path, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(this.timeoutMs) });
        body = await res.text();
      } catch (error) {
        this.stats.error(step, performance.now() - started, `${error.name === "TimeoutError" ? "timeout" : error.cause?.code ?? error.message}`);
        throw error;
      }
      const ms = performance.now() - started;
      this.keep(res);
      if (res.status === 503 && res.headers.get("retry-after")) {
        this.stats.unavailable(step, ms, body);
        const wait = Math.min(Number(res.headers.get("retry-after")) || 1, 5) * 1000;
        if (Date.now() + wait > this.deadline()) throw new UnavailableError("still unavailable at the deadline");
        await new Promise((r) => setTimeout(r, wait));
        continue;
      }
      const problem = check(res, body);
      if (problem) {
        this.stats.error(step, ms, `${res.status} ${problem}`);
        throw new Error(`${step}: ${problem}`);
      }
      this.stats.ok(step, ms);
      return { res, body };
    }
  }

  page(step, path, expect) {
    return this.call(step, path, {}, (res, body) => {
      if (res.status !== 200) return `status ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`;
      if (expect && !body.includes(expect)) return `page without "${expect}"`;
      return null;
    });
  }

  /** A server action called as the browser's form script calls it (React's encodeReply of plain JSON args). */
  action(step, path, id, args, check) {
    return this.call(step, path, {
      method: "POST",
      headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(args),
    }, check);
  }

  async signIn() {
    await this.call("sign in", "/api/auth/csrf", {}, (res) => (res.status === 200 ? null : `csrf status ${res.status}`))
      .then(({ body }) => (this.csrf = JSON.parse(body).csrfToken));
    await this.call("sign in", "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: this.csrf, identifier: this.nik, password: DEMO_PASSWORD, callbackUrl: "/warga" }),
    }, (res) => ([...this.jar.keys()].some((k) => k.includes("session-token")) ? null : `no session (status ${res.status}, ${res.headers.get("location")})`));
  }

  /** One visit: home, catalogue, a new request filled, two files, submitted, its page, the notifications. */
  async applyOnce(service, n) {
    await this.page("home", "/warga");
    await this.pause();
    await this.page("services", "/layanan/kelurahan-pakansari", service.slug);
    await this.pause();
    const { body: startHtml } = await this.page("open apply form", `/warga/permohonan/baru/${service.id}`);
    const fields = actionFormFields(startHtml, "serviceId");
    if (!fields) {
      this.stats.error("open apply form", 0, "no start form");
      throw new Error("no start form");
    }
    await this.pause();
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    let requestId = "";
    await this.call("start request", `/warga/permohonan/baru/${service.id}`, { method: "POST", body: form }, (res) => {
      requestId = res.headers.get("location")?.match(/\/warga\/permohonan\/([^/?]+)\/isi/)?.[1] ?? "";
      return res.status === 303 && requestId ? null : `no redirect to the form (status ${res.status} → ${res.headers.get("location")}; cookies ${res.headers.getSetCookie().map((c) => c.slice(0, 40)).join(", ")})`;
    });
    await this.page("fill form page", `/warga/permohonan/${requestId}/isi`, requestId);
    await this.pause();

    const values = Object.fromEntries(service.requirements.filter((r) => r.kind === "FIELD" && r.required).map((r) => [r.code, valueFor(r, n)]));
    await this.action("autosave", `/warga/permohonan/${requestId}/isi`, this.actions.saveDraft, [requestId, values], (res, body) =>
      res.status === 200 && body.includes('"ok":true') ? null : `status ${res.status} ${body.match(/"error":"(\w+)"/)?.[1] ?? ""}`);

    const docs = service.requirements.filter((r) => r.kind === "DOCUMENT" && r.required);
    for (const [i, doc] of docs.entries()) {
      const upload = new FormData();
      upload.set("requirementId", doc.id);
      upload.set("file", new Blob([this.pngs[i % this.pngs.length]], { type: "image/png" }), `${doc.code}.png`);
      await this.call("upload", `/api/warga/permohonan/${requestId}/berkas`, { method: "POST", body: upload }, (res, body) =>
        res.status === 200 && body.includes('"ok":true') ? null : `status ${res.status} ${body.slice(0, 80)}`);
      await this.pause();
    }

    // One key per tap of "Kirim": a retry of the same submit (here: after a 503) reuses it.
    const key = crypto.randomBytes(16).toString("base64url");
    let answered = false;
    // The form's "Kirim" as the phone's outbox sends it: every value again, multipart, with the key.
    const send = new FormData();
    for (const [code, value] of Object.entries(values)) send.set(code, value);
    await this.call("submit", `/api/warga/permohonan/${requestId}/kirim`, { method: "POST", headers: { "Idempotency-Key": key }, body: send }, (res, body) =>
      res.status === 200 && body.includes('"ok":true') ? null : `status ${res.status} ${body.match(/"error":"(\w+)"/)?.[1] ?? ""}`).then(
      () => ((answered = true), this.submitted.push(requestId)),
      (error) => {
        if (!answered && !(error instanceof UnavailableError)) this.unconfirmed.push(requestId);
        throw error;
      },
    );
    await this.pause();
    await this.page("status page", `/warga/permohonan/${requestId}?terkirim=1`, requestId);
    await this.pause();
    await this.page("notifications", "/notifikasi");
  }
}
