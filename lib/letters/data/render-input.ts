import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indonesianDate } from "../content";
import { BASE_VARIABLES } from "../variables";
import { servesResident } from "@/lib/requests/policy";

type Client = Prisma.TransactionClient;

const DEFAULT_PATTERN = "{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}";

/** The letterhead of an office: its saved settings, or one made from the office record. */
export async function letterheadOf(client: Client, officeId: string) {
  const [settings, office] = await Promise.all([
    client.letterSettings.findUnique({ where: { officeId } }),
    client.office.findUniqueOrThrow({ where: { id: officeId }, select: { name: true, address: true, phone: true, email: true, parent: { select: { name: true } } } }),
  ]);
  return (
    settings ?? {
      officeId,
      numberPattern: DEFAULT_PATTERN,
      kopGovernment: "PEMERINTAH KABUPATEN BOGOR",
      kopParent: office.parent?.name ?? null,
      kopName: office.name,
      kopAddress: office.address,
      kopContacts: [office.phone && `Telp. ${office.phone}`, office.email].filter(Boolean).join(" · ") || null,
      logoFileId: null,
    }
  );
}

function fieldText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return indonesianDate(new Date(`${value}T05:00:00Z`));
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** Everything a template may mention about one request of the office, as variable → text. */
export async function valuesForRequest(client: Client, officeId: string, requestId: string, now = new Date()) {
  const r = await client.serviceRequest.findFirst({
    where: { id: requestId, officeId },
    select: {
      id: true, number: true, submittedAt: true, createdAt: true, data: true, serviceId: true, unitId: true,
      subjectName: true, subjectNik: true, subjectRelation: true,
      unit: { select: { code: true } },
      office: { select: { name: true, code: true } },
      service: { select: { name: true, requirements: { where: { kind: "FIELD" }, select: { code: true } } } },
      resident: { select: { fullName: true, nik: true, kkNumber: true, birthPlace: true, birthDate: true, sex: true, address: true, rt: true, rw: true, kelurahan: true, kecamatan: true, office: { select: { id: true, parentId: true } } } },
    },
  });
  if (!r) return null;
  const p = r.resident;
  const subject = r.subjectName && r.subjectNik ? { name: r.subjectName, nik: r.subjectNik } : { name: p.fullName, nik: p.nik };
  // A resident registered at an office that does not serve this one (issue 17): the letter, like the
  // detail page, carries no address or KK of that office's profile ("-"; the service's own fields remain).
  const home = servesResident(officeId, p.office);
  const base: Record<(typeof BASE_VARIABLES)[number], string | null> = {
    nama: p.fullName,
    nik: p.nik,
    no_kk: home ? p.kkNumber : null,
    ttl: `${p.birthPlace}, ${indonesianDate(p.birthDate)}`,
    tempat_lahir: p.birthPlace,
    tanggal_lahir: indonesianDate(p.birthDate),
    jenis_kelamin: p.sex === "P" ? "Perempuan" : "Laki-laki",
    alamat: home ? `${p.address}, RT ${p.rt}/RW ${p.rw}, Kelurahan ${p.kelurahan}${p.kecamatan ? `, Kecamatan ${p.kecamatan}` : ""}` : null,
    rt: home ? p.rt : null,
    rw: home ? p.rw : null,
    kelurahan: home ? p.kelurahan : null,
    kecamatan: home ? p.kecamatan : null,
    nomor_permohonan: r.number,
    tanggal_permohonan: indonesianDate(r.submittedAt ?? r.createdAt),
    layanan: r.service.name,
    kantor: r.office.name,
    tanggal: indonesianDate(now),
    nama_subjek: subject.name,
    nik_subjek: subject.nik,
    hubungan_subjek: r.subjectRelation,
  };
  const data = (r.data ?? {}) as Record<string, unknown>;
  const fields: Record<string, string | null> = {};
  for (const { code } of r.service.requirements) fields[code] = fieldText(data[code]);
  return {
    request: { id: r.id, serviceId: r.serviceId, unitCode: r.unit.code, officeCode: r.office.code },
    subject,
    values: { ...fields, ...base } as Record<string, string | null>,
  };
}
