// Demo requests in every status for Siti and Budi (Pakansari) and Ahmad (Tengah), so the
// resident history and the staff queues are not empty. Runs once: skipped when any exist.
import { dueDate, type OfficeCalendar } from "../../lib/calendar/working-days";
import { seedCalendar } from "./calendar";
import { formatRegistrationNumber, numberingYear } from "../../lib/requests/numbering";
import type { SeedContext } from "./base";
import type { SeedDb } from "./client";
import { sampleLetter, sampleScan } from "./requests-files";

type Status = "DRAFT" | "SUBMITTED" | "VERIFIED" | "NEEDS_CORRECTION" | "PROCESSING" | "COMPLETED" | "REJECTED" | "CANCELLED";
const DAY = 86_400_000;
const PATH: Record<Status, Status[]> = {
  DRAFT: [],
  SUBMITTED: ["SUBMITTED"],
  VERIFIED: ["SUBMITTED", "VERIFIED"],
  NEEDS_CORRECTION: ["SUBMITTED", "NEEDS_CORRECTION"],
  PROCESSING: ["SUBMITTED", "VERIFIED", "PROCESSING"],
  COMPLETED: ["SUBMITTED", "VERIFIED", "PROCESSING", "COMPLETED"],
  REJECTED: ["SUBMITTED", "REJECTED"],
  CANCELLED: ["SUBMITTED", "CANCELLED"],
};
const EVENT: Record<Status, string> = {
  DRAFT: "request.created", SUBMITTED: "request.submitted", VERIFIED: "request.verified", NEEDS_CORRECTION: "request.correction_requested",
  PROCESSING: "request.processing", COMPLETED: "request.completed", REJECTED: "request.rejected", CANCELLED: "request.cancelled",
};

async function nextNumber(db: SeedDb, office: { id: string; code: string }, at: Date) {
  const year = numberingYear(at);
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO sequences (office_id, scope, year, last) VALUES (${office.id}, 'request', ${year}, 1)
    ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1 RETURNING last`;
  return formatRegistrationNumber(office.code, year, Number(rows[0].last));
}

type Spec = {
  office: "pakansari" | "tengah";
  service: string;
  resident: "siti" | "budi" | "ahmad";
  applicant: "siti" | "budi" | "ahmad";
  relation?: string;
  subject?: { name: string; nik: string; relation: string };
  status: Status;
  daysAgo: number;
  data: Record<string, string | number>;
  docs?: string[];
  staff?: "petugas" | "petugasEkbang" | "petugasTengah";
  notes?: Partial<Record<Status, string>>;
  corrections?: { requirementCode?: string; message: string }[];
  rejectReason?: string;
  pickupNote?: string;
  resultTitle?: string;
  received?: boolean;
};

export async function seedRequests(db: SeedDb, ctx: SeedContext) {
  const people = ctx.residents;
  const already = await db.serviceRequest.count({ where: { residentId: { in: [people.siti.profileId, people.budi.profileId, people.ahmad.profileId] } } });
  if (already > 0) return;

  const specs: Spec[] = [
    { office: "pakansari", service: "surat-keterangan-domisili", resident: "siti", applicant: "siti", status: "SUBMITTED", daysAgo: 1,
      data: { alamat_domisili: "Jl. Melati No. 7, RT 003/RW 005, Pakansari", lama_tinggal: 8, keperluan: "Persyaratan membuka rekening bank" },
      docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"] },
    { office: "pakansari", service: "surat-keterangan-tidak-mampu", resident: "siti", applicant: "siti", status: "NEEDS_CORRECTION", daysAgo: 4, staff: "petugas",
      data: { keperluan_sktm: "Pendidikan/beasiswa", lembaga_tujuan: "SMAN 1 Cibinong", penghasilan: 1800000, tanggungan: 3 },
      docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"],
      corrections: [{ requirementCode: "fotokopi_kk", message: "Foto KK terpotong di bagian bawah. Unggah ulang seluruh lembar KK." }],
      notes: { NEEDS_CORRECTION: "Mohon unggah ulang KK yang terbaca utuh." } },
    { office: "pakansari", service: "surat-pengantar-disdukcapil", resident: "siti", applicant: "siti", status: "COMPLETED", daysAgo: 9, staff: "petugas",
      data: { jenis_layanan: "Perubahan data KTP-el", keterangan: "Perubahan status perkawinan" }, docs: ["pengantar_rt_rw", "fotokopi_kk", "fotokopi_ktp"],
      pickupNote: "Surat pengantar sudah ditandatangani. Ambil di Loket 1 dengan menunjukkan KTP-el asli." },
    { office: "pakansari", service: "surat-keterangan-domisili", resident: "siti", applicant: "siti", status: "COMPLETED", daysAgo: 40, staff: "petugas",
      data: { alamat_domisili: "Jl. Melati No. 7, RT 003/RW 005, Pakansari", lama_tinggal: 8, keperluan: "Pendaftaran sekolah anak" },
      docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"], resultTitle: "Surat Keterangan Domisili" },
    { office: "pakansari", service: "surat-keterangan-usaha", resident: "siti", applicant: "siti", status: "DRAFT", daysAgo: 0,
      data: { nama_usaha: "Warung Bu Siti", jenis_usaha: "Perdagangan/warung" } },
    { office: "pakansari", service: "surat-keterangan-tidak-mampu", resident: "siti", applicant: "siti", status: "CANCELLED", daysAgo: 30,
      data: { keperluan_sktm: "Kesehatan/berobat", lembaga_tujuan: "RSUD Cibinong", penghasilan: 1800000, tanggungan: 3 }, docs: ["fotokopi_ktp"],
      notes: { CANCELLED: "Sudah tidak diperlukan." } },
    { office: "pakansari", service: "surat-keterangan-usaha", resident: "budi", applicant: "budi", status: "VERIFIED", daysAgo: 2, staff: "petugasEkbang",
      data: { nama_usaha: "Bengkel Las Budi Jaya", jenis_usaha: "Jasa", alamat_usaha: "Jl. Melati No. 7, Pakansari", mulai_usaha: "2019-04-01", jumlah_pekerja: 2 },
      docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk", "foto_tempat_usaha"] },
    { office: "pakansari", service: "surat-keterangan-domisili", resident: "budi", applicant: "budi", status: "PROCESSING", daysAgo: 3, staff: "petugas",
      data: { alamat_domisili: "Jl. Melati No. 7, RT 003/RW 005", lama_tinggal: 8, keperluan: "Melamar pekerjaan" }, docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"] },
    { office: "pakansari", service: "surat-pengantar-pbg", resident: "budi", applicant: "siti", relation: "SPOUSE", status: "REJECTED", daysAgo: 12, staff: "petugasEkbang",
      data: { lokasi_bangunan: "Jl. Melati No. 7", fungsi_bangunan: "Rumah tinggal", luas_tanah: 90, luas_bangunan: 60 }, docs: ["pengantar_rt_rw", "fotokopi_ktp"],
      rejectReason: "Bukti kepemilikan tanah dan SPPT PBB tidak dilampirkan. Silakan ajukan kembali dengan dokumen lengkap." },
    { office: "pakansari", service: "surat-keterangan-domisili", resident: "budi", applicant: "budi", status: "COMPLETED", daysAgo: 20, staff: "petugas",
      data: { alamat_domisili: "Jl. Melati No. 7, RT 003/RW 005", lama_tinggal: 8, keperluan: "Pengurusan BPJS" }, docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"],
      resultTitle: "Surat Keterangan Domisili", received: true },
    // Waiting well past its due date, so the SLA warnings have something to show.
    { office: "pakansari", service: "surat-keterangan-kematian", resident: "siti", applicant: "siti", status: "SUBMITTED", daysAgo: 8,
      relation: "OUTSIDE_KK", subject: { name: "Sutrisno", nik: "3201010101400001", relation: "Ayah" },
      data: { tanggal_meninggal: "2026-01-05", tempat_meninggal: "Rumah", sebab_kematian: "Sakit biasa/tua" },
      docs: ["pengantar_rt_rw", "ktp_almarhum", "fotokopi_kk", "ktp_pelapor", "ktp_saksi"] },
    { office: "tengah", service: "surat-keterangan-domisili", resident: "ahmad", applicant: "ahmad", status: "SUBMITTED", daysAgo: 1,
      data: { alamat_domisili: "Jl. Tegar Beriman Gg. Mawar No. 2", lama_tinggal: 5, keperluan: "Persyaratan kerja" }, docs: ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"] },
    { office: "tengah", service: "surat-keterangan-usaha", resident: "ahmad", applicant: "ahmad", status: "COMPLETED", daysAgo: 15, staff: "petugasTengah",
      data: { nama_usaha: "Fauzi Laundry", jenis_usaha: "Jasa", alamat_usaha: "Jl. Tegar Beriman No. 10", mulai_usaha: "2022-08-15" }, docs: ["fotokopi_ktp", "foto_tempat_usaha"],
      resultTitle: "Surat Keterangan Usaha" },
  ];

  const calendars = new Map<string, OfficeCalendar>();
  for (const spec of specs) {
    const office = ctx.offices[spec.office];
    if (!calendars.has(office.id)) calendars.set(office.id, await seedCalendar(db, office.id));
    const calendar = calendars.get(office.id)!;
    const service = await db.service.findUniqueOrThrow({
      where: { officeId_slug: { officeId: office.id, slug: spec.service } },
      select: { id: true, unitId: true, durationValue: true, durationUnit: true, name: true, requirements: { select: { id: true, code: true, label: true } } },
    });
    const applicant = people[spec.applicant];
    const staffId = spec.staff ? ctx.users[spec.staff] : null;
    // 09:30 WIB on the day `daysAgo` back.
    const created = new Date(Math.floor((Date.now() - spec.daysAgo * DAY) / DAY) * DAY + 2.5 * 3_600_000);
    const submitted = spec.status === "DRAFT" ? null : created;
    const steps = PATH[spec.status];
    const stepAt = (i: number) => new Date(created.getTime() + i * 0.4 * DAY);
    const final = steps.length ? stepAt(steps.length - 1) : created;

    const request = await db.serviceRequest.create({
      data: {
        officeId: office.id, serviceId: service.id, unitId: service.unitId, residentId: people[spec.resident].profileId, applicantId: applicant.userId,
        relation: spec.relation ?? "SELF", subjectName: spec.subject?.name ?? null, subjectNik: spec.subject?.nik ?? null, subjectRelation: spec.subject?.relation ?? null, channel: "WEB", status: spec.status, data: spec.data, createdAt: created,
        number: submitted ? await nextNumber(db, office, submitted) : null,
        submittedAt: submitted,
        dueAt: submitted ? dueDate(submitted, { value: service.durationValue, unit: service.durationUnit }, calendar) : null,
        assigneeId: staffId,
        corrections: spec.corrections ?? undefined,
        pausedAt: spec.status === "NEEDS_CORRECTION" ? final : null,
        rejectReason: spec.rejectReason ?? null,
        pickupNote: spec.pickupNote ?? null,
        completedAt: spec.status === "COMPLETED" ? final : null,
        receivedAt: spec.received ? new Date(final.getTime() + DAY) : null,
        closedAt: ["COMPLETED", "REJECTED", "CANCELLED"].includes(spec.status) ? final : null,
      },
    });
    for (const code of spec.docs ?? []) {
      const requirement = service.requirements.find((r) => r.code === code);
      if (!requirement) continue;
      const fileId = await sampleScan(db, office.id, applicant.userId, requirement.label);
      await db.requestAttachment.create({ data: { requestId: request.id, requirementId: requirement.id, fileId, createdAt: created } });
    }
    if (spec.resultTitle && staffId) {
      const resident = await db.residentProfile.findUniqueOrThrow({ where: { id: people[spec.resident].profileId }, select: { fullName: true, address: true } });
      const fileId = await sampleLetter(db, office.id, staffId, spec.resultTitle, [
        `Nomor: ${request.number}`, `Yang bertanda tangan di bawah ini menerangkan bahwa ${resident.fullName},`, `beralamat di ${resident.address},`,
        `adalah benar warga yang berdomisili di wilayah kami. Surat ini dibuat untuk ${spec.data.keperluan ?? "keperluan yang bersangkutan"}.`,
      ]);
      await db.serviceRequest.update({ where: { id: request.id }, data: { resultFileId: fileId } });
    }

    const events = [{ type: "request.created", from: null as Status | null, to: "DRAFT" as Status, at: created, actor: applicant.userId, note: null as string | null, internal: false }];
    let from: Status = "DRAFT";
    for (const [i, to] of steps.entries()) {
      const byResident = to === "SUBMITTED" || to === "CANCELLED";
      const note = to === "REJECTED" ? spec.rejectReason ?? null : to === "COMPLETED" ? spec.pickupNote ?? null : spec.notes?.[to] ?? null;
      events.push({ type: EVENT[to], from, to, at: stepAt(i), actor: byResident ? applicant.userId : staffId ?? applicant.userId, note, internal: false });
      from = to;
    }
    if (staffId && steps.length > 1) events.push({ type: "request.note", from: null, to: null as unknown as Status, at: stepAt(1), actor: staffId, note: "Berkas dicek silang dengan data kependudukan.", internal: true });
    if (spec.received) events.push({ type: "request.received", from: null, to: null as unknown as Status, at: new Date(final.getTime() + DAY), actor: applicant.userId, note: null, internal: false });
    await db.requestEvent.createMany({
      data: events.map((e) => ({
        requestId: request.id, actorId: e.actor, type: e.type, fromStatus: e.from, toStatus: e.to ?? null, note: e.note, internal: e.internal, createdAt: e.at,
        data: e.type === "request.correction_requested" ? { corrections: spec.corrections ?? [] } : undefined,
      })),
    });
  }
}
