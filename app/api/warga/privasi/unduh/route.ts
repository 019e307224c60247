import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/log";
import { collectOwnData } from "@/lib/residents/privacy/data";
import { renderOwnDataPdf } from "@/lib/residents/privacy/export-pdf";

export const dynamic = "force-dynamic";

/** Everything held about the signed-in resident (UU 27/2022 right of access), as JSON or PDF. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "privacy.request")) return new Response("Not found", { status: 404 });
  const data = await collectOwnData(actor);
  if (!data) return new Response("Not found", { status: 404 });
  await recordAudit(actor, "privacy.downloaded", { type: "resident", id: data.profile.id });
  const format = new URL(request.url).searchParams.get("format") === "pdf" ? "pdf" : "json";
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "json") {
    return new Response(JSON.stringify(data, null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="data-saya.json"' } });
  }
  const t = await getTranslations("residents");
  const f = await getFormatter();
  const when = (d: Date | null | undefined) => (d ? f.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "–");
  const p = data.profile;
  const pdf = await renderOwnDataPdf(t("privacy.pdfTitle"), t("privacy.pdfGenerated", { at: when(data.generatedAt) }), [
    {
      title: t("privacy.stored"),
      lines: [
        `${t("fields.nik")}: ${p.nik}`, `${t("fields.kkNumber")}: ${p.kkNumber}`, `${t("fields.fullName")}: ${p.fullName}`,
        `${t("fields.birthDate")}: ${p.birthPlace}, ${f.dateTime(p.birthDate, { dateStyle: "long", timeZone: "UTC" })}`,
        `${t("fields.address")}: ${p.address}, RT ${p.rt}/RW ${p.rw}, ${p.kelurahan}`, `${t("fields.phone")}: ${p.phone ?? "–"}`, `E-mail: ${p.email ?? "–"}`,
        `${p.office.name}`,
      ],
    },
    { title: "Permohonan / Requests", lines: data.requests.map((r) => `${r.number ?? "–"} · ${r.service.name} · ${r.status} · ${when(r.createdAt)}${r.letters.length ? ` · ${r.letters.map((l) => l.number ?? "–").join(", ")}` : ""}`) },
    { title: "Pengaduan / Complaints", lines: data.complaints.map((c) => `${c.ticket} · ${c.title} · ${c.status} · ${when(c.createdAt)}`) },
    { title: t("privacy.myRequests"), lines: data.privacyRequests.map((r) => `${t(`privacy.kinds.${r.kind}`)} · ${t(`privacy.status.${r.status}`)} · ${when(r.createdAt)}`) },
    {
      title: t("privacy.accessTitle"),
      lines: data.accessLog.map((a) => `${when(a.at)} · ${a.actorName ?? "–"} (${a.actorRole && t.has(`privacy.role.${a.actorRole}`) ? t(`privacy.role.${a.actorRole}`) : "–"}${a.officeName ? `, ${a.officeName}` : ""}) · ${t.has(`privacy.actions.${a.action}`) ? t(`privacy.actions.${a.action}`) : t("privacy.actions.other")}`),
    },
  ]);
  return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="data-saya.pdf"' } });
}
