// Realistic Standar Pelayanan for the two seeded kelurahan. Idempotent: existing services and
// requirements are left as an admin may have edited them.
import { toSnapshot } from "../../lib/catalogue/snapshot";
import type { SeedContext } from "./base";
import { seedServices, tengahExtras, type SeedService } from "./catalogue-data/services";
import type { SeedDb } from "./client";

function complaintInfo(office: { name: string; phone: string | null; email: string | null }) {
  return [
    `Pengaduan, saran, dan masukan atas layanan ini dapat disampaikan melalui menu Pengaduan di aplikasi Layanan Warga,`,
    `SP4N-LAPOR! (www.lapor.go.id), kotak saran di ${office.name},`,
    office.phone ? `telepon ${office.phone},` : "",
    office.email ? `atau e-mail ${office.email}.` : "",
    "Pengaduan ditanggapi paling lambat 5 hari kerja.",
  ]
    .filter(Boolean)
    .join(" ");
}

async function seedService(db: SeedDb, officeId: string, units: Record<string, string>, def: SeedService, info: string) {
  const service = await db.service.upsert({
    where: { officeId_slug: { officeId, slug: def.slug } },
    update: {},
    create: {
      officeId,
      unitId: units[def.unit],
      slug: def.slug,
      name: def.name,
      summary: def.summary,
      procedure: def.procedure,
      durationValue: def.durationValue,
      durationUnit: def.durationUnit,
      feeRupiah: def.feeRupiah ?? 0,
      product: def.product,
      complaintInfo: info,
      legalBasis: def.legalBasis,
      digitalResult: def.digitalResult,
      subjectTargets: def.subjectTargets ?? ["SELF", "HOUSEHOLD"],
    },
  });
  for (const [index, r] of def.requirements.entries()) {
    await db.serviceRequirement.upsert({
      where: { serviceId_code: { serviceId: service.id, code: r.code } },
      update: {},
      create: {
        serviceId: service.id,
        kind: r.kind,
        code: r.code,
        label: r.label,
        description: r.description ?? null,
        required: r.required ?? true,
        position: index + 1,
        fieldType: r.fieldType ?? null,
        options: r.options ?? [],
        acceptTypes: r.acceptTypes ?? [],
        maxSizeKb: r.maxSizeKb ?? 5120,
        example: r.example ?? null,
      },
    });
  }
  if ((await db.serviceRevision.count({ where: { serviceId: service.id } })) === 0) {
    const full = await db.service.findUniqueOrThrow({ where: { id: service.id }, include: { unit: { select: { name: true } }, requirements: true } });
    await db.serviceRevision.create({
      data: { serviceId: service.id, actorId: null, summary: "Standar pelayanan awal (data contoh)", snapshot: toSnapshot(full) },
    });
  }
  return service.id;
}

export type CatalogueContext = Record<"pakansari" | "tengah", Record<string, string>>;

export async function seedCatalogue(db: SeedDb, ctx: SeedContext): Promise<CatalogueContext> {
  const out = { pakansari: {}, tengah: {} } as CatalogueContext;
  for (const key of ["pakansari", "tengah"] as const) {
    const office = ctx.offices[key];
    const row = await db.office.findUniqueOrThrow({ where: { id: office.id }, select: { name: true, phone: true, email: true } });
    const defs = key === "tengah" ? [...seedServices, ...tengahExtras] : seedServices;
    for (const def of defs) out[key][def.slug] = await seedService(db, office.id, office.units, def, complaintInfo(row));
  }
  return out;
}
