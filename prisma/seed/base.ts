// Offices, units, service points, holidays and the demo accounts listed in the README.
import Holidays from "date-holidays";
import { nationalDays } from "../../lib/calendar/national-holidays";
import { hashPassword } from "../../lib/auth/password";
import type { SeedDb } from "./client";

export const DEMO_PASSWORD = "Demo#2026";

export type SeedContext = Awaited<ReturnType<typeof seedBase>>;

const officeDefs = [
  {
    key: "kecamatan",
    code: "CBN",
    slug: "kecamatan-cibinong",
    name: "Kecamatan Cibinong",
    type: "KECAMATAN" as const,
    regionCode: "32.01.01",
    address: "Jl. Mayor Oking Jaya Atmaja No. 1, Cibinong, Kabupaten Bogor",
    phone: "(021) 8753001",
    email: "kecamatan.cibinong@bogorkab.go.id",
    units: [
      { code: "PELAYANAN", name: "Seksi Pelayanan Umum" },
      { code: "PEM", name: "Seksi Pemerintahan" },
    ],
  },
  {
    key: "pakansari",
    code: "PKS",
    slug: "kelurahan-pakansari",
    name: "Kelurahan Pakansari",
    type: "KELURAHAN" as const,
    regionCode: "32.01.01.1006",
    address: "Jl. Raya Pakansari No. 12, Cibinong, Kabupaten Bogor",
    phone: "(021) 8752210",
    email: "kel.pakansari@bogorkab.go.id",
    units: [
      { code: "PEM", name: "Seksi Pemerintahan" },
      { code: "KESSOS", name: "Seksi Kesejahteraan Sosial" },
      { code: "EKBANG", name: "Seksi Ekonomi dan Pembangunan" },
      { code: "TRANTIB", name: "Seksi Ketenteraman dan Ketertiban Umum" },
    ],
  },
  {
    key: "tengah",
    code: "TGH",
    slug: "kelurahan-tengah",
    name: "Kelurahan Tengah",
    type: "KELURAHAN" as const,
    regionCode: "32.01.01.1005",
    address: "Jl. Tegar Beriman No. 5, Cibinong, Kabupaten Bogor",
    phone: "(021) 8754412",
    email: "kel.tengah@bogorkab.go.id",
    units: [
      { code: "PEM", name: "Seksi Pemerintahan" },
      { code: "KESSOS", name: "Seksi Kesejahteraan Sosial" },
      { code: "EKBANG", name: "Seksi Ekonomi dan Pembangunan" },
      { code: "TRANTIB", name: "Seksi Ketenteraman dan Ketertiban Umum" },
    ],
  },
] as const;

type OfficeKey = (typeof officeDefs)[number]["key"];

export async function seedBase(db: SeedDb) {
  const offices = {} as Record<OfficeKey, { id: string; code: string; units: Record<string, string> }>;
  let parentId: string | null = null;
  for (const def of officeDefs) {
    const office: { id: string; code: string } = await db.office.upsert({
      where: { code: def.code },
      update: {},
      create: {
        code: def.code,
        slug: def.slug,
        name: def.name,
        type: def.type,
        regionCode: def.regionCode,
        address: def.address,
        phone: def.phone,
        email: def.email,
        parentId: def.type === "KECAMATAN" ? null : parentId,
      },
    });
    if (def.type === "KECAMATAN") parentId = office.id;
    const units: Record<string, string> = {};
    for (const unit of def.units) {
      const row = await db.unit.upsert({
        where: { officeId_code: { officeId: office.id, code: unit.code } },
        update: {},
        create: { officeId: office.id, code: unit.code, name: unit.name },
      });
      units[unit.code] = row.id;
    }
    offices[def.key] = { id: office.id, code: office.code, units };
    await seedHolidays(db, office.id);
  }

  const servicePoints = {
    loket: await ensureServicePoint(db, offices.pakansari.id, "Loket Pelayanan Kelurahan Pakansari", "LOKET"),
    balaiRw: await ensureServicePoint(db, offices.pakansari.id, "Pos Layanan Balai RW 05 Pakansari", "POS_RW"),
    loketTengah: await ensureServicePoint(db, offices.tengah.id, "Loket Pelayanan Kelurahan Tengah", "LOKET"),
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const user = async (
    email: string,
    name: string,
    role: "STAFF" | "SUPERVISOR" | "ADMIN",
    officeId: string,
    unitIds: string[] = [],
    pointIds: string[] = [],
  ) => {
    const row = await db.user.upsert({
      where: { email },
      update: {},
      create: { email, name, role, officeId, passwordHash },
    });
    for (const unitId of unitIds) {
      await db.unitMember.upsert({ where: { userId_unitId: { userId: row.id, unitId } }, update: {}, create: { userId: row.id, unitId } });
    }
    for (const servicePointId of pointIds) {
      await db.servicePointMember.upsert({
        where: { userId_servicePointId: { userId: row.id, servicePointId } },
        update: {},
        create: { userId: row.id, servicePointId },
      });
    }
    return row.id;
  };

  const P = offices.pakansari.units;
  const T = offices.tengah.units;
  const users = {
    admin: await user("admin@pakansari.go.id", "Rina Operator", "ADMIN", offices.pakansari.id),
    lurah: await user("lurah@pakansari.go.id", "Drs. Hendra Wijaya (Lurah)", "SUPERVISOR", offices.pakansari.id),
    petugas: await user("petugas@pakansari.go.id", "Dewi Lestari", "STAFF", offices.pakansari.id, [P.PEM, P.KESSOS], [servicePoints.loket]),
    petugasEkbang: await user("ekbang@pakansari.go.id", "Agus Saputra", "STAFF", offices.pakansari.id, [P.EKBANG, P.TRANTIB]),
    petugasRw: await user("pos.rw05@pakansari.go.id", "Yanti (Pos RW 05)", "STAFF", offices.pakansari.id, [P.PEM], [servicePoints.balaiRw]),
    petugasTengah: await user("petugas@tengah.go.id", "Bambang Sutrisno", "STAFF", offices.tengah.id, [T.PEM, T.KESSOS, T.EKBANG, T.TRANTIB], [servicePoints.loketTengah]),
    adminTengah: await user("admin@tengah.go.id", "Operator Tengah", "ADMIN", offices.tengah.id),
    camat: await user("camat@cibinong.go.id", "Ir. Suryadi (Camat)", "SUPERVISOR", offices.kecamatan.id),
  };

  const resident = async (r: {
    nik: string; kk: string; name: string; birthPlace: string; birthDate: string; sex: "L" | "P";
    phone: string; email?: string; address: string; rt: string; rw: string; kelurahan: string; officeId: string;
  }) => {
    const existing = await db.residentProfile.findUnique({ where: { nik: r.nik } });
    if (existing) return { profileId: existing.id, userId: existing.userId! };
    const account = await db.user.create({
      data: { name: r.name, role: "RESIDENT", officeId: r.officeId, phone: r.phone, email: r.email ?? null, passwordHash },
    });
    const profile = await db.residentProfile.create({
      data: {
        userId: account.id, officeId: r.officeId, nik: r.nik, kkNumber: r.kk, fullName: r.name, birthPlace: r.birthPlace,
        birthDate: new Date(`${r.birthDate}T00:00:00Z`), sex: r.sex, address: r.address, rt: r.rt, rw: r.rw,
        kelurahan: r.kelurahan, kecamatan: "Cibinong", phone: r.phone, email: r.email ?? null, consentAt: new Date(), verifiedAt: new Date(),
      },
    });
    return { profileId: profile.id, userId: account.id };
  };

  const residents = {
    siti: await resident({ nik: "3201014506900002", kk: "3201010101150007", name: "Siti Aminah", birthPlace: "Bogor", birthDate: "1990-06-05", sex: "P", phone: "081234560001", email: "siti@contoh.id", address: "Jl. Melati No. 7", rt: "003", rw: "005", kelurahan: "Pakansari", officeId: offices.pakansari.id }),
    budi: await resident({ nik: "3201011203850001", kk: "3201010101150007", name: "Budi Santoso", birthPlace: "Jakarta", birthDate: "1985-03-12", sex: "L", phone: "081234560002", address: "Jl. Melati No. 7", rt: "003", rw: "005", kelurahan: "Pakansari", officeId: offices.pakansari.id }),
    ahmad: await resident({ nik: "3201010101950003", kk: "3201010202160004", name: "Ahmad Fauzi", birthPlace: "Bogor", birthDate: "1995-01-01", sex: "L", phone: "081234560003", email: "ahmad@contoh.id", address: "Jl. Tegar Beriman Gg. Mawar No. 2", rt: "001", rw: "002", kelurahan: "Tengah", officeId: offices.tengah.id }),
  };

  return { offices, servicePoints, users, residents };
}

async function ensureServicePoint(db: SeedDb, officeId: string, name: string, kind: "LOKET" | "POS_RW") {
  const existing = await db.servicePoint.findFirst({ where: { officeId, name } });
  if (existing) return existing.id;
  return (await db.servicePoint.create({ data: { officeId, name, kind } })).id;
}

/** National holidays (npm date-holidays, corrected) and cuti bersama for last, this and next year; admins edit them later. */
async function seedHolidays(db: SeedDb, officeId: string) {
  const calendar = new Holidays("ID");
  const year = new Date().getFullYear();
  // Corrected names (Isra Mikraj) and the decreed cuti bersama: lib/calendar/national-holidays.ts.
  const rows = [year - 1, year, year + 1].flatMap((y) =>
    nationalDays(y, calendar.getHolidays(y)).map((h) => ({ officeId, date: new Date(`${h.date}T00:00:00Z`), name: h.name, national: true, cutiBersama: h.cutiBersama })),
  );
  await db.holiday.createMany({ data: rows, skipDuplicates: true });
}
