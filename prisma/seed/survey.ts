// SKM demo data: the nine questions for every office, a completed request of Siti that still awaits
// its survey (the end-to-end test answers it), two walk-in survey links, and a few hundred
// deterministic responses over the last 18 months for Kelurahan Pakansari so the charts have data.
// Idempotent: rerunning adds nothing that is already there and keeps admins' rewording.
import { randomBytes } from "node:crypto";
import { dueDate, isWorkingDay, jakartaDateKey, jakartaInstant, nextWorkingDay } from "../../lib/calendar/working-days";
import { seedCalendar } from "./calendar";
import { formatRegistrationNumber, numberingYear } from "../../lib/requests/numbering";
import { AGE_BANDS, DEFAULT_WORDING, EDUCATIONS, OCCUPATIONS } from "../../lib/survey/frame";
import type { SeedContext } from "./base";
import type { SeedDb } from "./client";

/** Fixed ids and tokens the end-to-end tests rely on. */
export const SURVEY_SEED = {
  sitiRequestId: "seed-skm-siti-selesai",
  sitiServiceSlug: "surat-keterangan-tidak-mampu",
  walkInRequestId: "seed-skm-budi-loket",
  walkInServiceSlug: "surat-keterangan-domisili",
  linkServiceSlug: "legalisasi-dokumen",
  linkTokens: ["demoTautanSurvei0001ab", "demoTautanSurvei0002ab"],
};

const DEMO_TOKEN_PREFIX = "seed-skm-demo-";
const DEMO_RESPONSES = 360;
const DAY_MS = 86_400_000;

// Deterministic pseudo-random numbers (mulberry32) so every seeded database shows the same charts.
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedSurvey(db: SeedDb, ctx: SeedContext) {
  const offices = await db.office.findMany({ select: { id: true } });
  await db.surveyQuestion.createMany({
    data: offices.flatMap((o) => DEFAULT_WORDING.map((w) => ({ officeId: o.id, code: w.code, question: w.question, labels: [...w.labels] }))),
    skipDuplicates: true,
  });

  const officeId = ctx.offices.pakansari.id;
  const services = await db.service.findMany({ where: { officeId, active: true }, orderBy: { slug: "asc" }, select: { id: true, slug: true, unitId: true } });
  if (services.length === 0) {
    console.warn("[survey seed] Kelurahan Pakansari has no services yet: skipping demo survey data");
    return;
  }
  const bySlug = (slug: string) => services.find((s) => s.slug === slug) ?? services[0];
  await seedCompletedRequest(db, ctx, { id: SURVEY_SEED.sitiRequestId, service: bySlug(SURVEY_SEED.sitiServiceSlug), resident: ctx.residents.siti, walkIn: false });
  await seedCompletedRequest(db, ctx, { id: SURVEY_SEED.walkInRequestId, service: bySlug(SURVEY_SEED.walkInServiceSlug), resident: ctx.residents.budi, walkIn: true });
  const linkService = bySlug(SURVEY_SEED.linkServiceSlug);
  await db.surveyInvitation.createMany({
    data: SURVEY_SEED.linkTokens.map((token) => ({ officeId, serviceId: linkService.id, token })),
    skipDuplicates: true,
  });
  await seedDemoResponses(db, officeId, services);
  await seedFollowUpPlan(db, officeId);
}

/** A completed request without a survey answer: in the app (Siti) or at the counter (Budi, receipt with QR). */
async function seedCompletedRequest(
  db: SeedDb,
  ctx: SeedContext,
  { id, service, resident, walkIn }: { id: string; service: { id: string; unitId: string }; resident: { profileId: string; userId: string }; walkIn: boolean },
) {
  if (await db.serviceRequest.findUnique({ where: { id }, select: { id: true } })) return;
  const office = await db.office.findUniqueOrThrow({ where: { id: ctx.offices.pakansari.id }, select: { id: true, code: true } });
  const now = new Date();
  // As the app would have it (issue 17): submitted at 09:30 WIB six working days ago, due by the
  // service's own duration on the office calendar, completed on time the next working day at 10:00.
  const calendar = await seedCalendar(db, office.id, now);
  const duration = await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { durationValue: true, durationUnit: true } });
  let day = jakartaDateKey(now);
  for (let n = 0; n < 6; ) {
    day = jakartaDateKey(new Date(jakartaInstant(day, "12:00").getTime() - DAY_MS));
    if (isWorkingDay(day, calendar)) n += 1;
  }
  const submittedAt = jakartaInstant(day, "09:30");
  const due = dueDate(submittedAt, { value: duration.durationValue, unit: duration.durationUnit }, calendar);
  const completedAt = new Date(Math.min(due.getTime(), jakartaInstant(nextWorkingDay(day, calendar), "10:00").getTime()));
  const year = numberingYear(submittedAt);
  const [{ last }] = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO sequences (office_id, scope, year, last) VALUES (${office.id}, 'request', ${year}, 1)
    ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1 RETURNING last`;
  await db.serviceRequest.create({
    data: {
      id,
      officeId: office.id,
      serviceId: service.id,
      unitId: service.unitId,
      number: formatRegistrationNumber(office.code, year, Number(last)),
      residentId: resident.profileId,
      applicantId: walkIn ? null : resident.userId,
      channel: walkIn ? "LOKET" : "WEB",
      enteredById: walkIn ? ctx.users.petugas : null,
      servicePointId: walkIn ? ctx.servicePoints.loket : null,
      status: "COMPLETED",
      data: walkIn ? {} : { keperluan: "Keringanan biaya sekolah anak" },
      submittedAt,
      dueAt: due,
      completedAt,
      assigneeId: ctx.users.petugas,
      pickupNote: "Surat dapat diambil di loket Kelurahan Pakansari pada jam kerja.",
      createdAt: submittedAt,
      // As the app does: a completed (and a walk-in) request has its single-use survey invitation.
      surveyInvitation: { create: { officeId: office.id, serviceId: service.id, token: randomBytes(16).toString("base64url") } },
      events: {
        create: [
          { type: "request.submitted", toStatus: "SUBMITTED", createdAt: submittedAt, actorId: walkIn ? ctx.users.petugas : resident.userId },
          { type: "request.completed", fromStatus: "PROCESSING", toStatus: "COMPLETED", createdAt: completedAt, actorId: ctx.users.petugas },
        ],
      },
    },
  });
}

async function seedDemoResponses(db: SeedDb, officeId: string, services: { id: string; unitId: string }[]) {
  const existing = await db.surveyInvitation.count({ where: { officeId, token: { startsWith: DEMO_TOKEN_PREFIX } } });
  if (existing > 0) return;
  const rand = random(20170614); // PermenPANRB 14/2017
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  // Typical shape of kelurahan results: fees are free (U4 high), waiting time and facilities lag.
  const unsurMean = [3.2, 3.1, 2.8, 3.8, 3.2, 3.1, 3.4, 2.9, 2.7];
  const suggestions = [
    "Ruang tunggu perlu ditambah kursi dan kipas angin.",
    "Petugas ramah, tetapi antrean pagi hari panjang.",
    "Mohon informasi persyaratan diumumkan lebih jelas di papan informasi.",
    "Proses cepat, terima kasih.",
    "Sebaiknya ada layanan di hari Sabtu.",
  ];
  const now = Date.now();
  const invitations: { id: string; officeId: string; serviceId: string; token: string; usedAt: Date; createdAt: Date }[] = [];
  const responses = [];
  for (let i = 0; i < DEMO_RESPONSES; i++) {
    const service = pick(services);
    const ageDays = Math.floor(rand() * 548); // 18 months
    const submittedAt = new Date(now - ageDays * DAY_MS - Math.floor(rand() * 8 * 3600_000));
    const improvement = (1 - ageDays / 548) * 0.3; // a visible upward trend
    const id = `${DEMO_TOKEN_PREFIX}${String(i + 1).padStart(4, "0")}`;
    const score = (mean: number) => {
      if (rand() < 0.03) return null; // "tidak menjawab"
      return Math.min(4, Math.max(1, Math.round(mean + improvement + (rand() - 0.5) * 1.6)));
    };
    const u = unsurMean.map(score);
    invitations.push({ id, officeId, serviceId: service.id, token: id, usedAt: submittedAt, createdAt: submittedAt });
    responses.push({
      officeId,
      serviceId: service.id,
      unitId: service.unitId,
      invitationId: id,
      sex: rand() < 0.55 ? ("P" as const) : ("L" as const),
      ageBand: pick(AGE_BANDS),
      education: pick(EDUCATIONS),
      occupation: pick(OCCUPATIONS),
      suggestion: rand() < 0.2 ? pick(suggestions) : null,
      u1: u[0], u2: u[1], u3: u[2], u4: u[3], u5: u[4], u6: u[5], u7: u[6], u8: u[7], u9: u[8],
      submittedAt,
    });
  }
  await db.surveyInvitation.createMany({ data: invitations });
  await db.surveyResponse.createMany({ data: responses });
}

async function seedFollowUpPlan(db: SeedDb, officeId: string) {
  const period = String(Number(jakartaDateKey(new Date()).slice(0, 4)) - 1);
  if (await db.followUpPlan.count({ where: { officeId, period } })) return;
  await db.followUpPlan.createMany({
    data: [
      { elementCode: "U9", program: "Menambah kursi ruang tunggu dan memasang kipas angin", timeframe: "Triwulan I", responsible: "Sekretaris Kelurahan" },
      { elementCode: "U3", program: "Menerapkan pemantauan batas waktu layanan harian di aplikasi", timeframe: "Januari–Maret", responsible: "Kasi Pemerintahan" },
      { elementCode: "U8", program: "Sosialisasi kanal pengaduan di setiap RW", timeframe: "Semester I", responsible: "Kasi Trantib" },
    ].map((row, position) => ({ ...row, officeId, period, position })),
  });
}
