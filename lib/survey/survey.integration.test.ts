import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { computeIkm, aggregateRows } from "./ikm";
import { ikmForScope, ikmGroupedBy } from "./data/aggregate";
import { surveyByToken, surveyForRequest } from "./data/invitations";
import { surveyTrend } from "./data/results";
import { ensureSurveyInvitation, submitSurveyByToken, submitSurveyForRequest } from "./mutations";
import { toResponseValues, answerSchema, emptyAnswer } from "./schema";
import { parsePeriod, periodBounds } from "@/lib/dashboard/period";

let ctx: SeedContext;
let siti: Actor;
let ahmad: Actor;
let service: { id: string; unitId: string };
const officeId = () => ctx.offices.pakansari.id;

const answers = (overrides: Partial<typeof emptyAnswer> = {}) =>
  toResponseValues(answerSchema.parse({ ...emptyAnswer, u1: "4", u2: "3", u3: "0", u9: "2", sex: "P", ...overrides }));

async function makeRequest(status: "COMPLETED" | "PROCESSING", residentId = ctx.residents.siti.profileId, applicantId = ctx.residents.siti.userId) {
  return db.serviceRequest.create({
    data: {
      officeId: officeId(),
      serviceId: service.id,
      unitId: service.unitId,
      residentId,
      applicantId,
      status,
      submittedAt: new Date(),
      completedAt: status === "COMPLETED" ? new Date() : null,
    },
  });
}

beforeAll(async () => {
  ctx = await seedBase(db);
  const s = await db.service.create({
    data: {
      officeId: officeId(),
      unitId: ctx.offices.pakansari.units.KESSOS,
      slug: "sktm",
      name: "Surat Keterangan Tidak Mampu",
      summary: "-",
      procedure: [],
      durationValue: 3,
      durationUnit: "WORKING_DAYS",
      product: "SKTM",
      complaintInfo: "-",
    },
  });
  service = { id: s.id, unitId: s.unitId };
  siti = (await loadActor(ctx.residents.siti.userId))!;
  ahmad = (await loadActor(ctx.residents.ahmad.userId))!;
});

describe("one response per completed request", () => {
  it("accepts the first answer and refuses a second with already_answered", async () => {
    const request = await makeRequest("COMPLETED");
    expect(await submitSurveyForRequest(siti, request.id, answers())).toEqual({ ok: true });
    expect(await submitSurveyForRequest(siti, request.id, answers({ u1: "1" }))).toEqual({ ok: false, error: "already_answered" });
    const stored = await db.surveyResponse.findMany({ where: { invitation: { requestId: request.id } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ u1: 4, u2: 3, u3: null, u4: null, u9: 2, sex: "P", serviceId: service.id, unitId: service.unitId });
    expect((await surveyForRequest(siti, request.id))?.state).toBe("answered");
  });

  it("refuses a request that is not completed, and another resident's request as not found", async () => {
    const open = await makeRequest("PROCESSING");
    expect(await submitSurveyForRequest(siti, open.id, answers())).toEqual({ ok: false, error: "not_ready" });
    const done = await makeRequest("COMPLETED");
    expect(await submitSurveyForRequest(ahmad, done.id, answers())).toEqual({ ok: false, error: "not_found" });
    expect(await surveyForRequest(ahmad, done.id)).toBeNull();
  });

  it("lets only one of two simultaneous answers through", async () => {
    const request = await makeRequest("COMPLETED");
    const results = await Promise.all([submitSurveyForRequest(siti, request.id, answers()), submitSurveyForRequest(siti, request.id, answers())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: "already_answered" });
    expect(await db.surveyResponse.count({ where: { invitation: { requestId: request.id } } })).toBe(1);
  });

  it("ensureSurveyInvitation is idempotent and the in-app answer uses that same invitation", async () => {
    const request = await makeRequest("COMPLETED");
    const input = { requestId: request.id, officeId: officeId(), serviceId: service.id };
    const [a, b] = await Promise.all([ensureSurveyInvitation(db, input), db.$transaction((tx) => ensureSurveyInvitation(tx, input))]);
    expect(a.token).toBe(b.token);
    expect(await submitSurveyByToken(a.token, answers())).toEqual({ ok: true });
    expect(await submitSurveyForRequest(siti, request.id, answers())).toEqual({ ok: false, error: "already_answered" });
  });
});

describe("single-use links", () => {
  it("answers once by link; the second attempt and an unknown token are refused clearly", async () => {
    const request = await makeRequest("COMPLETED");
    const { token } = await ensureSurveyInvitation(db, { requestId: request.id, officeId: officeId(), serviceId: service.id });
    expect((await surveyByToken(token))?.state).toBe("open");
    const race = await Promise.all([submitSurveyByToken(token, answers()), submitSurveyByToken(token, answers())]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(await submitSurveyByToken(token, answers())).toEqual({ ok: false, error: "already_answered" });
    expect((await surveyByToken(token))?.state).toBe("answered");
    expect(await submitSurveyByToken("no-such-token-0000000", answers())).toEqual({ ok: false, error: "not_found" });
  });

  it("a receipt link of a request still in progress waits for completion", async () => {
    const request = await makeRequest("PROCESSING");
    const { token } = await ensureSurveyInvitation(db, { requestId: request.id, officeId: officeId(), serviceId: service.id });
    expect(await submitSurveyByToken(token, answers())).toEqual({ ok: false, error: "not_ready" });
    expect((await surveyByToken(token))?.state).toBe("not_ready");
  });

  it("refuses an answer with no unsur answered (all skipped)", () => {
    const parsed = answerSchema.safeParse({ ...emptyAnswer, u1: "0", u2: "0" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("answer_one");
  });
});

describe("IKM from the database aggregate", () => {
  it("equals the pure computation on the same rows, overall, per service and per unit, and the trend sums months exactly", async () => {
    const other = await db.service.create({
      data: {
        officeId: officeId(), unitId: ctx.offices.pakansari.units.PEM, slug: "domisili", name: "Domisili", summary: "-", procedure: [],
        durationValue: 1, durationUnit: "WORKING_DAYS", product: "-", complaintInfo: "-",
      },
    });
    const start = periodBounds(parsePeriod("2025")!).start;
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 240; i++) {
      const svc = i % 3 === 0 ? { id: other.id, unitId: other.unitId } : service;
      const inv = await db.surveyInvitation.create({ data: { officeId: officeId(), serviceId: svc.id, token: `agg-${i}-xxxxxxxxxxxxxx`, usedAt: new Date() } });
      const score = () => (next() < 0.1 ? null : 1 + Math.floor(next() * 4));
      await db.surveyResponse.create({
        data: {
          officeId: officeId(), serviceId: svc.id, unitId: svc.unitId, invitationId: inv.id,
          submittedAt: new Date(start.getTime() + Math.floor(next() * 364) * 86_400_000),
          u1: score(), u2: score(), u3: score(), u4: score(), u5: score(), u6: score(), u7: score(), u8: score(), u9: score(),
        },
      });
    }
    const scope = { officeId: officeId(), ...periodBounds(parsePeriod("2025")!) };
    const rows = await db.surveyResponse.findMany({ where: { officeId: officeId(), submittedAt: { gte: scope.start, lt: scope.end } } });
    expect(rows).toHaveLength(240);
    const fromDb = await ikmForScope(db, scope);
    const pure = computeIkm(aggregateRows(rows));
    expect(fromDb.ikm).toBe(pure.ikm);
    expect(fromDb.unsur).toEqual(pure.unsur);
    expect(fromDb.respondents).toBe(240);

    const filtered = await ikmForScope(db, { ...scope, serviceId: other.id });
    expect(filtered.ikm).toBe(computeIkm(aggregateRows(rows.filter((r) => r.serviceId === other.id))).ikm);
    const byUnit = await ikmGroupedBy(db, scope, "unit_id");
    for (const group of byUnit) expect(group.ikm).toBe(computeIkm(aggregateRows(rows.filter((r) => r.unitId === group.id))).ikm);

    const quarters = await surveyTrend({ officeId: officeId() }, parsePeriod("2025-Q4")!, 4);
    expect(quarters.reduce((n, q) => n + q.respondents, 0)).toBe(240);
    const years = await surveyTrend({ officeId: officeId() }, parsePeriod("2025")!, 1);
    expect(years[0].ikm).toBe(pure.ikm);
  });
});
