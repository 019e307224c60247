import { getFormatter, getTranslations } from "next-intl/server";
import type { RequestStatus } from "@/lib/requests/workflow";
import { StatusBadge } from "./status-badge";

type Event = { id: string; type: string; toStatus: RequestStatus | null; note: string | null; data?: unknown; createdAt: Date };

/** Who the request is for after a change (request.subject_changed: the NIK is stored masked). */
function subjectAfter(data: unknown): string | null {
  const after = (data as { after?: { name?: string | null; nik?: string | null } } | null)?.after;
  if (!after?.name) return null;
  return after.nik ? `${after.name} (NIK ${after.nik})` : after.name;
}

const KNOWN = new Set([
  "created",
  "submitted",
  "resubmitted",
  "cancelled",
  "verified",
  "correction_requested",
  "processing",
  "completed",
  "rejected",
  "received",
  "note",
  "subject_changed",
]);

/** "request.correction_requested" → "correction_requested" (message keys cannot contain dots). */
function labelKey(type: string) {
  const key = type.replace(/^request\./, "");
  return KNOWN.has(key) ? key : "other";
}

/**
 * Public timeline: time, what happened, status and the public note. The data layer never selects
 * internal notes; assignment changes are staff business and are left out here too.
 */
export async function Timeline({ events }: { events: Event[] }) {
  const t = await getTranslations("requests.events");
  const format = await getFormatter();
  const shown = events.filter((e) => e.type !== "request.assigned" && (e.toStatus || e.note || e.type === "request.received" || e.type === "request.subject_changed"));
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {[...shown].reverse().map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden="true" className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-700" />
          <p className="text-sm text-slate-600">
            <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })} WIB</time>
          </p>
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {t(labelKey(e.type))}
            {e.toStatus && e.toStatus !== "DRAFT" ? <StatusBadge status={e.toStatus} /> : null}
          </p>
          {e.type === "request.subject_changed" && subjectAfter(e.data) ? <p className="mt-1 text-sm text-slate-800">{t("subjectNow", { who: subjectAfter(e.data)! })}</p> : null}
          {e.note ? <p className="mt-1 whitespace-pre-line rounded-lg bg-slate-50 p-2 text-sm text-slate-800">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
