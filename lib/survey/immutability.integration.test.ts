// Answers are never editable by staff: no code path updates or deletes a survey response, and every
// survey write a staff member, supervisor or admin can reach leaves a stored answer unchanged.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import * as mutations from "./mutations";
import { answerSchema, emptyAnswer, toResponseValues } from "./schema";
import { DEFAULT_WORDING } from "./frame";

let ctx: SeedContext;
const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

beforeAll(async () => {
  ctx = await seedBase(db);
});

describe("survey answers are immutable", () => {
  it("no source file updates or deletes survey_responses", () => {
    const offenders = ["lib", "app", "components", "scripts"]
      .filter((d) => fs.existsSync(path.join(root, d)))
      .flatMap((d) => sourceFiles(path.join(root, d)))
      .filter((file) => {
        const text = fs.readFileSync(file, "utf8");
        return (
          /surveyResponse\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\s*\(/.test(text) ||
          /(UPDATE|DELETE\s+FROM)\s+"?survey_responses/i.test(text)
        );
      });
    expect(offenders).toEqual([]);
  });

  it("the survey write module offers no update path (a new export must be reviewed here)", () => {
    expect(Object.keys(mutations).sort()).toEqual([
      "ensureSurveyInvitation",
      "newSurveyToken",
      "saveFollowUpPlans",
      "saveSurveyQuestions",
      "submitSurveyByToken",
      "submitSurveyForRequest",
    ]);
  });

  it("every survey write reachable by staff, supervisor and admin leaves a stored answer unchanged", async () => {
    const officeId = ctx.offices.pakansari.id;
    const service = await db.service.create({
      data: {
        officeId, unitId: ctx.offices.pakansari.units.PEM, slug: "domisili", name: "Domisili", summary: "-", procedure: [],
        durationValue: 1, durationUnit: "WORKING_DAYS", product: "-", complaintInfo: "-",
      },
    });
    const request = await db.serviceRequest.create({
      data: {
        officeId, serviceId: service.id, unitId: service.unitId, residentId: ctx.residents.siti.profileId,
        applicantId: ctx.residents.siti.userId, status: "COMPLETED", submittedAt: new Date(), completedAt: new Date(),
      },
    });
    const values = (u: string) => toResponseValues(answerSchema.parse({ ...emptyAnswer, u1: u, u2: u, u9: u, suggestion: "Asli" }));
    const siti = (await loadActor(ctx.residents.siti.userId))!;
    expect(await mutations.submitSurveyForRequest(siti, request.id, values("4"))).toEqual({ ok: true });
    const before = await db.surveyResponse.findFirstOrThrow({ where: { invitation: { requestId: request.id } } });

    for (const userId of [ctx.users.petugas, ctx.users.lurah, ctx.users.admin]) {
      const actor = (await loadActor(userId))!;
      expect(await mutations.submitSurveyForRequest(actor, request.id, values("1"))).toEqual({ ok: false, error: "forbidden" });
      // The receipt's link (the request's invitation, as the receipt page reads it).
      const receipt = await mutations.ensureSurveyInvitation(db, { requestId: request.id, officeId, serviceId: service.id });
      expect(receipt.usedAt).not.toBeNull();
      expect(await mutations.submitSurveyByToken(receipt.token, values("1"), actor)).toEqual({ ok: false, error: "forbidden" });
      expect(await mutations.submitSurveyByToken(receipt.token, values("1"))).toEqual({ ok: false, error: "already_answered" });
      await mutations.saveFollowUpPlans(actor, { period: "2026", rows: [{ elementCode: "U1", program: "Program", timeframe: "Q1", responsible: "Lurah" }] });
      await mutations.saveSurveyQuestions(actor, { items: DEFAULT_WORDING.map((w) => ({ code: w.code, question: `${w.question} (ubah)`, labels: [...w.labels] as [string, string, string, string] })) });
    }
    // Staff cannot answer a still unused walk-in link on a resident's behalf either.
    const walkIn = await db.surveyInvitation.create({ data: { officeId, serviceId: service.id, token: "unused-walk-in-link-0001" } });
    const staff = (await loadActor(ctx.users.petugas))!;
    expect(await mutations.submitSurveyByToken(walkIn.token, values("4"), staff)).toEqual({ ok: false, error: "forbidden" });
    expect(await db.surveyResponse.count({ where: { invitationId: walkIn.id } })).toBe(0);
    // The resident cannot answer again either.
    expect(await mutations.submitSurveyForRequest(siti, request.id, values("1"))).toEqual({ ok: false, error: "already_answered" });

    const after = await db.surveyResponse.findFirstOrThrow({ where: { invitation: { requestId: request.id } } });
    expect(after).toEqual(before);
    expect(await db.surveyResponse.count({ where: { invitation: { requestId: request.id } } })).toBe(1);
  });
});
