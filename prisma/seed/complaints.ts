// Complaint categories for every office, demo complaints over the last 12 months (so /statistik has
// data) and a few kritik & saran. Idempotent: categories are upserted; demo complaints and feedback
// are added only to an office that has none yet.
import { dueDate, jakartaDateKey, jakartaInstant } from "../../lib/calendar/working-days";
import { seedCalendar } from "./calendar";
import { TRACK_DAYS, type ComplaintTrack } from "../../lib/complaints/sla";
import { formatTicket } from "../../lib/complaints/ticket";
import type { SeedContext } from "./base";
import type { SeedDb } from "./client";

export const COMPLAINT_CATEGORIES = [
  { slug: "parkir-liar", name: "Parkir Liar" },
  { slug: "jalan-rusak", name: "Jalan Rusak" },
  { slug: "sampah", name: "Sampah" },
  { slug: "penerangan-jalan-umum", name: "Penerangan Jalan Umum" },
  { slug: "drainase-banjir", name: "Drainase/Banjir" },
  { slug: "pelayanan-petugas", name: "Pelayanan Petugas" },
  { slug: "pungutan-liar", name: "Pungutan Liar" },
  { slug: "lainnya", name: "Lainnya" },
] as const;

type Slug = (typeof COMPLAINT_CATEGORIES)[number]["slug"];
type Stage = "SUBMITTED" | "VERIFIED" | "DISPOSED" | "FOLLOWED_UP" | "COMPLETED" | "CLOSED" | "REJECTED";

// Which unit usually handles a category (unit codes exist in both kelurahan).
const unitFor: Record<Slug, string> = {
  "parkir-liar": "TRANTIB",
  "jalan-rusak": "EKBANG",
  sampah: "KESSOS",
  "penerangan-jalan-umum": "EKBANG",
  "drainase-banjir": "EKBANG",
  "pelayanan-petugas": "PEM",
  "pungutan-liar": "TRANTIB",
  lainnya: "PEM",
};

const trackFor: Record<Slug, ComplaintTrack> = {
  "parkir-liar": "SIMPLE",
  "jalan-rusak": "FIELD_INSPECTION",
  sampah: "NO_INSPECTION",
  "penerangan-jalan-umum": "NO_INSPECTION",
  "drainase-banjir": "FIELD_INSPECTION",
  "pelayanan-petugas": "SIMPLE",
  "pungutan-liar": "NO_INSPECTION",
  lainnya: "INFORMATION",
};

// [category, days ago, final stage, privacy, reporter, title, description, location]
type Demo = [Slug, number, Stage, "PUBLIK" | "RAHASIA" | "ANONIM", "siti" | "budi" | "walkin", string, string, string];

const pakansari: Demo[] = [
  ["jalan-rusak", 350, "CLOSED", "PUBLIK", "siti", "Jalan berlubang di Jl. Melati", "Lubang besar di depan rumah No. 12, sudah dua motor jatuh saat hujan malam hari.", "Jl. Melati RT 03/RW 05"],
  ["sampah", 330, "CLOSED", "PUBLIK", "budi", "Sampah menumpuk di TPS Gg. Kenanga", "Sampah tidak diangkut sejak seminggu, bau menyengat sampai ke rumah warga.", "TPS Gg. Kenanga RW 05"],
  ["penerangan-jalan-umum", 310, "COMPLETED", "PUBLIK", "walkin", "Lampu jalan mati di tikungan", "Tiga lampu jalan mati sejak sebulan, tikungan gelap dan rawan kecelakaan.", "Jl. Raya Pakansari dekat masjid"],
  ["parkir-liar", 295, "CLOSED", "PUBLIK", "siti", "Parkir liar di depan sekolah", "Mobil parkir di bahu jalan depan SD saat jam pulang, jalan jadi macet.", "Depan SDN Pakansari 01"],
  ["pungutan-liar", 280, "CLOSED", "ANONIM", "budi", "Pungutan saat mengurus surat", "Diminta uang Rp50.000 oleh oknum untuk mempercepat surat pengantar.", ""],
  ["drainase-banjir", 260, "CLOSED", "PUBLIK", "walkin", "Saluran air tersumbat, banjir saat hujan", "Got tersumbat sampah dan tanah, setiap hujan air masuk ke rumah warga RT 02.", "RT 02/RW 03"],
  ["pelayanan-petugas", 240, "REJECTED", "PUBLIK", "siti", "Pelayanan lambat", "Antre lama sekali.", ""],
  ["jalan-rusak", 225, "CLOSED", "RAHASIA", "budi", "Jalan retak di gang", "Jalan cor di gang retak panjang dan ambles di beberapa titik.", "Gg. Mawar RT 04/RW 05"],
  ["sampah", 210, "CLOSED", "PUBLIK", "walkin", "Pembakaran sampah di lahan kosong", "Setiap sore ada pembakaran sampah plastik, asapnya masuk ke rumah.", "Lahan kosong belakang pasar"],
  ["lainnya", 195, "COMPLETED", "PUBLIK", "siti", "Informasi jadwal posyandu", "Mohon informasi jadwal posyandu balita bulan ini di RW 05.", "RW 05"],
  ["penerangan-jalan-umum", 180, "CLOSED", "PUBLIK", "budi", "Lampu taman padam", "Lampu taman di lapangan RW 05 padam semua sejak dua minggu.", "Lapangan RW 05"],
  ["parkir-liar", 165, "REJECTED", "PUBLIK", "walkin", "Parkir liar di jalan provinsi", "Truk parkir di jalan provinsi sepanjang malam.", "Jl. Tegar Beriman"],
  ["drainase-banjir", 150, "CLOSED", "ANONIM", "siti", "Gorong-gorong ambrol", "Gorong-gorong di depan musala ambrol, air meluap ke jalan.", "Depan Musala Al-Ikhlas"],
  ["jalan-rusak", 135, "COMPLETED", "PUBLIK", "budi", "Polisi tidur terlalu tinggi", "Polisi tidur baru terlalu tinggi, motor sering terbentur bagian bawah.", "Jl. Melati"],
  ["sampah", 120, "CLOSED", "RAHASIA", "siti", "Tetangga buang sampah ke kali", "Ada warga yang rutin membuang sampah ke kali pada malam hari.", "Kali Cikeas RT 01"],
  ["pelayanan-petugas", 105, "CLOSED", "PUBLIK", "walkin", "Loket tutup sebelum jam layanan", "Loket sudah tutup pukul 14.00 padahal jam layanan sampai 15.00.", "Kantor Kelurahan"],
  ["pungutan-liar", 95, "REJECTED", "ANONIM", "budi", "Pungutan parkir pasar", "Ada pungutan parkir di pasar tanpa karcis resmi.", "Pasar Cibinong"],
  ["penerangan-jalan-umum", 80, "COMPLETED", "PUBLIK", "siti", "Tiang lampu miring", "Tiang lampu jalan miring setelah tertabrak truk, khawatir roboh.", "Jl. Raya Pakansari No. 40"],
  ["drainase-banjir", 70, "FOLLOWED_UP", "PUBLIK", "walkin", "Genangan di perumahan", "Setiap hujan deras jalan utama perumahan tergenang setinggi lutut.", "Perum Pakansari Indah"],
  ["jalan-rusak", 60, "CLOSED", "PUBLIK", "budi", "Aspal mengelupas", "Aspal mengelupas sepanjang 50 meter, kerikil berserakan.", "Jl. Kenanga"],
  ["sampah", 50, "COMPLETED", "PUBLIK", "siti", "Bak sampah rusak", "Bak sampah permanen di RT 03 jebol, sampah berserakan dimakan kucing.", "RT 03/RW 05"],
  ["parkir-liar", 40, "FOLLOWED_UP", "RAHASIA", "walkin", "Parkir liar di trotoar", "Pedagang dan motor parkir di trotoar sehingga pejalan kaki turun ke jalan.", "Trotoar dekat minimarket"],
  ["lainnya", 30, "DISPOSED", "PUBLIK", "budi", "Pohon tumbang menghalangi jalan", "Pohon tumbang setelah hujan angin, sebagian jalan tertutup.", "Jl. Mawar"],
  ["pelayanan-petugas", 22, "DISPOSED", "ANONIM", "walkin", "Petugas tidak ramah", "Petugas di loket berbicara kasar kepada warga lansia.", "Kantor Kelurahan"],
  ["drainase-banjir", 15, "VERIFIED", "PUBLIK", "siti", "Saluran tertutup bangunan", "Saluran air tertutup bangunan warung sehingga air tidak mengalir.", "Jl. Raya Pakansari No. 55"],
  ["penerangan-jalan-umum", 10, "VERIFIED", "PUBLIK", "budi", "Lampu jalan berkedip", "Lampu jalan berkedip-kedip sepanjang malam, mengganggu pengendara.", "Jl. Melati ujung"],
  ["jalan-rusak", 6, "SUBMITTED", "PUBLIK", "walkin", "Jalan ambles setelah galian", "Bekas galian pipa tidak ditutup rapi, jalan ambles dan berbahaya.", "Gg. Anggrek"],
  ["sampah", 4, "SUBMITTED", "RAHASIA", "siti", "Sampah liar di pinggir jalan", "Ada tumpukan sampah liar baru di pinggir jalan dekat jembatan.", "Dekat jembatan RW 06"],
  ["pungutan-liar", 2, "SUBMITTED", "ANONIM", "budi", "Pungutan untuk surat domisili", "Diminta uang untuk surat domisili padahal katanya gratis.", ""],
  ["parkir-liar", 1, "SUBMITTED", "PUBLIK", "walkin", "Parkir liar saat acara", "Parkir liar memenuhi jalan saat ada acara di gedung serbaguna.", "Gedung serbaguna RW 05"],
];

const tengah: Demo[] = [
  ["jalan-rusak", 200, "CLOSED", "PUBLIK", "walkin", "Jalan rusak di Gg. Mawar", "Jalan di Gg. Mawar rusak parah dan becek saat hujan.", "Gg. Mawar"],
  ["sampah", 120, "COMPLETED", "PUBLIK", "walkin", "Sampah tidak diangkut", "Sampah RT 01 tidak diangkut selama dua minggu.", "RT 01/RW 02"],
  ["drainase-banjir", 45, "DISPOSED", "ANONIM", "walkin", "Banjir di depan sekolah", "Setiap hujan depan sekolah banjir sehingga anak-anak sulit masuk.", "Depan SDN Tengah 02"],
  ["penerangan-jalan-umum", 8, "SUBMITTED", "PUBLIK", "walkin", "Lampu jalan mati", "Lampu jalan di depan pos ronda mati.", "Pos ronda RW 02"],
];

const ORDER: Stage[] = ["SUBMITTED", "VERIFIED", "DISPOSED", "FOLLOWED_UP", "COMPLETED", "CLOSED"];
const DAY = 86_400_000;

async function nextTicket(db: SeedDb, office: { id: string; code: string }, at: Date) {
  const year = Number(jakartaDateKey(at).slice(0, 4));
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO sequences (office_id, scope, year, last) VALUES (${office.id}, 'complaint', ${year}, 1)
    ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1 RETURNING last`;
  return formatTicket(office.code, year, Number(rows[0].last));
}

/** A working-day-ish instant `days` after `from` at 10:00 WIB (seed data only). */
function later(from: Date, days: number) {
  return jakartaInstant(jakartaDateKey(new Date(from.getTime() + days * DAY)), "10:00");
}

export async function seedComplaints(db: SeedDb, ctx: SeedContext) {
  for (const office of Object.values(ctx.offices)) {
    for (const [i, c] of COMPLAINT_CATEGORIES.entries()) {
      await db.complaintCategory.upsert({
        where: { officeId_slug: { officeId: office.id, slug: c.slug } },
        update: {},
        create: { officeId: office.id, slug: c.slug, name: c.name, position: (i + 1) * 10 },
      });
    }
  }
  const staff = { pakansari: ctx.users.petugas, tengah: ctx.users.petugasTengah };
  const unitStaff = { pakansari: ctx.users.petugasEkbang, tengah: ctx.users.petugasTengah };
  await seedOffice(db, ctx, "pakansari", pakansari, staff.pakansari, unitStaff.pakansari);
  await seedOffice(db, ctx, "tengah", tengah, staff.tengah, unitStaff.tengah);
  await seedFeedback(db, ctx);
}

async function seedOffice(db: SeedDb, ctx: SeedContext, key: "pakansari" | "tengah", demos: Demo[], staffId: string, unitStaffId: string) {
  const office = ctx.offices[key];
  if ((await db.complaint.count({ where: { officeId: office.id } })) > 0) return;
  const calendar = await seedCalendar(db, office.id);
  const categories = new Map((await db.complaintCategory.findMany({ where: { officeId: office.id }, select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const now = Date.now();
  // Oldest first, so ticket numbers grow with time as they would in real life.
  for (const [slug, daysAgo, stage, privacy, who, title, description, location] of [...demos].sort((a, b) => b[1] - a[1])) {
    const createdAt = jakartaInstant(jakartaDateKey(new Date(now - daysAgo * DAY)), "09:15");
    const reporter = who === "walkin" ? null : ctx.residents[who];
    const track = trackFor[slug];
    const unitId = office.units[unitFor[slug]];
    const reached = (s: Stage) => stage !== "REJECTED" && ORDER.indexOf(stage) >= ORDER.indexOf(s);
    const verifiedAt = reached("VERIFIED") ? later(createdAt, 1) : null;
    const disposedAt = reached("DISPOSED") ? later(createdAt, 2) : null;
    // Finishing times vary so the median on the statistics page means something.
    const span = Math.min(Math.max(3, Math.round(TRACK_DAYS[track] * 0.6)), Math.max(3, daysAgo - 3));
    const followedAt = reached("FOLLOWED_UP") ? later(createdAt, Math.max(3, span - 1)) : null;
    const completedAt = reached("COMPLETED") ? later(createdAt, span) : null;
    const closedAt = reached("CLOSED") ? later(createdAt, span + 2) : null;
    const rejected = stage === "REJECTED";
    const complaint = await db.complaint.create({
      data: {
        officeId: office.id,
        ticket: await nextTicket(db, office, createdAt),
        classification: slug === "lainnya" ? "INFORMASI" : "PENGADUAN",
        categoryId: categories.get(slug)!,
        title,
        description,
        locationText: location || null,
        privacy,
        reporterId: reporter?.userId ?? null,
        residentId: reporter?.profileId ?? null,
        channel: who === "walkin" ? "LOKET" : "WEB",
        enteredById: who === "walkin" ? staffId : null,
        status: stage,
        track: verifiedAt ? track : null,
        unitId: disposedAt ? unitId : null,
        verifyDueAt: dueDate(createdAt, { value: 3, unit: "WORKING_DAYS" }, calendar),
        dueAt: verifiedAt ? dueDate(verifiedAt, { value: TRACK_DAYS[track], unit: "WORKING_DAYS" }, calendar) : null,
        verifiedAt,
        completedAt,
        closedAt,
        rejectReason: rejected ? (slug === "parkir-liar" ? "NOT_AUTHORITY" : "TOO_GENERAL") : null,
        referredTo: rejected && slug === "parkir-liar" ? "Dinas Perhubungan Kabupaten Bogor" : null,
        rejectNote: rejected ? "Mohon sampaikan kembali dengan keterangan lokasi dan waktu yang jelas." : null,
        createdAt,
      },
    });
    const event = (type: string, at: Date, from: Stage | null, to: Stage, actorId: string | null, note: string | null = null, data?: object) =>
      db.complaintEvent.create({ data: { complaintId: complaint.id, type, createdAt: at, fromStatus: from, toStatus: to, actorId, note, data } });
    await event("complaint.submitted", createdAt, null, "SUBMITTED", reporter?.userId ?? staffId, null, { channel: complaint.channel });
    if (rejected) await event("complaint.rejected", later(createdAt, 1), "SUBMITTED", "REJECTED", staffId, complaint.rejectNote, { reason: complaint.rejectReason });
    if (verifiedAt) await event("complaint.verified", verifiedAt, "SUBMITTED", "VERIFIED", staffId, "Laporan diterima dan akan ditindaklanjuti.", { track });
    if (disposedAt) {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } });
      const due = dueDate(disposedAt, { value: TRACK_DAYS[track], unit: "WORKING_DAYS" }, calendar);
      await db.complaintDisposition.create({ data: { complaintId: complaint.id, unitId, instruction: "TINDAK_LANJUTI", note: "Mohon ditinjau ke lokasi.", dueAt: due, createdById: staffId, createdAt: disposedAt } });
      await event("complaint.disposed", disposedAt, "VERIFIED", "DISPOSED", staffId, null, { unitId, unitName: unit.name, instruction: "TINDAK_LANJUTI", dueAt: due.toISOString() });
    }
    if (followedAt) {
      const note = "Petugas telah meninjau lokasi dan menangani laporan bersama warga setempat.";
      const f = await db.complaintFollowUp.create({ data: { complaintId: complaint.id, unitId, actionDate: new Date(`${jakartaDateKey(followedAt)}T00:00:00Z`), note, createdById: unitStaffId, createdAt: followedAt } });
      await event("complaint.followed_up", followedAt, "DISPOSED", "FOLLOWED_UP", unitStaffId, note, { followUpId: f.id, actionDate: jakartaDateKey(followedAt) });
    }
    if (completedAt) await event("complaint.completed", completedAt, "FOLLOWED_UP", "COMPLETED", staffId, "Penanganan selesai. Terima kasih atas laporan Anda.");
    if (closedAt) await event("complaint.confirmed", closedAt, "COMPLETED", "CLOSED", reporter?.userId ?? staffId);
  }
}

async function seedFeedback(db: SeedDb, ctx: SeedContext) {
  const officeId = ctx.offices.pakansari.id;
  if ((await db.feedback.count({ where: { officeId } })) > 0) return;
  const now = Date.now();
  await db.feedback.createMany({
    data: [
      { officeId, senderId: ctx.residents.siti.userId, kind: "SARAN", message: "Mohon disediakan kursi tunggu tambahan di ruang pelayanan, sering penuh pada pagi hari.", answer: "Terima kasih, kursi tambahan sudah kami pasang minggu ini.", answeredById: ctx.users.petugas, answeredAt: new Date(now - 20 * DAY), createdAt: new Date(now - 25 * DAY) },
      { officeId, senderId: ctx.residents.budi.userId, anonymous: true, kind: "KRITIK", message: "Informasi persyaratan di papan pengumuman berbeda dengan yang diminta petugas.", createdAt: new Date(now - 6 * DAY) },
      { officeId, senderId: null, anonymous: true, kind: "SARAN", message: "Sebaiknya ada layanan sore hari untuk warga yang bekerja.", createdAt: new Date(now - 3 * DAY) },
    ],
  });
}
