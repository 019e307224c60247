import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { StaffRequestDetail } from "@/lib/requests/data/staff/detail";

type SubjectSide = { relation: string; name: string | null; nik: string | null; subjectRelation: string | null };

/** Every event of a request, oldest first; internal entries are marked (residents never get them). */
export async function Timeline({ events }: { events: StaffRequestDetail["timeline"] }) {
  const t = await getTranslations("staff");
  const format = await getFormatter();
  // A subject as the history keeps it: name, masked NIK and relation of someone outside the KK, or a KK member's name and relation.
  const side = (v: SubjectSide) =>
    v.nik ? `${v.name ?? ""} (NIK ${v.nik}, ${v.subjectRelation ?? ""})` : `${v.name ?? ""} (${t.has(`detail.relations.${v.relation}`) ? t(`detail.relations.${v.relation}`) : v.relation})`;
  return (
    <ol className="space-y-3">
      {events.map((e) => {
        const data = (e.data ?? {}) as { toName?: string | null; to?: string | null; corrections?: { message: string }[]; filingOfficeName?: string; residentOfficeName?: string; before?: SubjectSide; after?: SubjectSide };
        const title = t.has(`events.${e.type}`) ? t(`events.${e.type}`) : t("events.other");
        return (
          <li key={e.id} className="border-l-2 border-slate-300 pl-3">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">{title}</span>
              {e.toStatus ? <span className="text-slate-600">→ {t(`status.${e.toStatus}`)}</span> : null}
              <Badge tone={e.internal ? "amber" : "slate"}>{e.internal ? t("detail.internal") : t("detail.public")}</Badge>
            </div>
            <p className="text-xs text-slate-600">
              <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
              · {t("events.by", { name: e.actor?.name ?? t("events.system") })}
            </p>
            {e.type === "request.assigned" ? (
              <p className="text-sm">{data.to ? t("events.assignedTo", { name: data.toName ?? "" }) : t("events.unassigned")}</p>
            ) : null}
            {e.type === "request.filed_for_other_office" ? (
              <p className="text-sm">{t("events.otherOfficeFiling", { filing: data.filingOfficeName ?? "", home: data.residentOfficeName ?? "" })}</p>
            ) : null}
            {e.type === "request.subject_changed" && data.before && data.after ? (
              <p className="text-sm" data-testid="subject-change">{t("events.subjectChange", { before: side(data.before), after: side(data.after) })}</p>
            ) : null}
            {data.corrections?.length ? (
              <ul className="ml-4 list-disc text-sm">
                {data.corrections.map((c, i) => <li key={i}>{c.message}</li>)}
              </ul>
            ) : null}
            {e.note ? <p className="mt-1 whitespace-pre-line text-sm">{e.type === "request.filed_for_other_office" ? t("events.reason", { reason: e.note }) : e.note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
