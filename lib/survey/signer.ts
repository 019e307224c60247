// Who signs the SKM report, and where. Pure: the office head as the office's letter templates name
// them (position, name, NIP, place), else the office's supervisor account with a blank NIP line; the
// supervisor may correct each value when downloading the PDF.
import { z } from "zod";

export type ReportSigner = { position: string; name: string; nip: string | null; place: string };

const HEAD: Record<string, string> = { KELURAHAN: "Lurah", DESA: "Kepala Desa", KECAMATAN: "Camat", DINAS: "Kepala" };
const PREFIX = /^(Kelurahan|Desa|Kecamatan)\s+/i;

export function defaultSigner(
  office: { name: string; type: string },
  template: { signerName: string; signerNip: string | null; signerPosition: string; signPlace: string } | null,
  supervisorName: string | null,
): ReportSigner {
  const bare = office.name.replace(PREFIX, "");
  const position = office.type === "DINAS" ? `Kepala ${office.name}` : `${HEAD[office.type] ?? "Kepala"} ${bare}`;
  if (template) return { position: template.signerPosition, name: template.signerName, nip: template.signerNip, place: template.signPlace };
  return { position, name: supervisorName ?? "", nip: null, place: bare };
}

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined).transform((v) => v || undefined);

/** Corrections from the download form (?ttd_nama=&ttd_nip=&ttd_jabatan=&ttd_tempat=); bad values are ignored. */
export const signerOverrideSchema = z.object({
  ttd_nama: text(120),
  ttd_jabatan: text(120),
  ttd_tempat: text(80),
  ttd_nip: z.string().trim().regex(/^\d{18}$/).optional().catch(undefined),
});

export function applySignerOverrides(base: ReportSigner, raw: Record<string, unknown>): ReportSigner {
  const o = signerOverrideSchema.parse(raw);
  return {
    name: o.ttd_nama ?? base.name,
    position: o.ttd_jabatan ?? base.position,
    place: o.ttd_tempat ?? base.place,
    nip: o.ttd_nip ?? base.nip,
  };
}
