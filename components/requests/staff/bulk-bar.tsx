"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { bulkAction } from "@/lib/requests/actions/staff";
import type { QueueRow } from "@/lib/requests/data/staff/queue";
import { availableActions, OPEN_STATUSES, type RequestStatus } from "@/lib/requests/workflow";
import { useErrorText } from "./use-error-text";

type Result = { id: string; number: string | null; ok: boolean; error?: string };
const STATUS_ACTIONS = ["verify", "process", "reject"] as const;

/** Offers only the actions valid for every selected row; the server still answers per row. */
export function BulkBar({ rows, colleagues, userId, onDone }: { rows: QueueRow[]; colleagues: { id: string; name: string }[]; userId: string; onDone: () => void }) {
  const t = useTranslations("staff.bulk");
  const errorText = useErrorText();
  const router = useRouter();
  const [action, setAction] = useState("");
  const [assignee, setAssignee] = useState(userId);
  const [reason, setReason] = useState("");
  const [results, setResults] = useState<Result[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const allOpen = rows.length > 0 && rows.every((r) => OPEN_STATUSES.includes(r.status as RequestStatus));
  const common = STATUS_ACTIONS.filter((a) => rows.length > 0 && rows.every((r) => availableActions(r.status as RequestStatus, "staff").includes(a)));
  const choices = [...(allOpen ? (["assign"] as const) : []), ...common];

  if (rows.length === 0 && !results) return null;

  function run() {
    if (!action) return;
    setError(null);
    start(async () => {
      const numbers = new Map(rows.map((r) => [r.id, r.number]));
      const response = await bulkAction({
        items: rows.map((r) => ({ id: r.id, version: r.version })),
        action,
        assigneeId: action === "assign" ? assignee || null : undefined,
        reason: action === "reject" ? reason : undefined,
      });
      if (!response.ok) return setError(errorText(response.fieldErrors ? Object.values(response.fieldErrors)[0] : response.error));
      setResults(response.results.map((r) => ({ id: r.id, number: numbers.get(r.id) ?? null, ok: r.result.ok, error: r.result.ok ? undefined : r.result.error })));
      setAction("");
      setReason("");
      onDone();
      router.refresh();
    });
  }

  return (
    <section aria-label={t("title")} className="mb-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm">
      {rows.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <p className="mr-2 font-medium" aria-live="polite">{t("selected", { count: rows.length })}</p>
          <div>
            <label htmlFor="bulk-action" className="block text-xs font-medium">{t("action")}</label>
            <select id="bulk-action" value={action} onChange={(e) => setAction(e.target.value)} className="rounded-md border border-slate-400 bg-white px-2 py-1.5">
              <option value="">{t("choose")}</option>
              {choices.map((c) => <option key={c} value={c}>{t(c)}</option>)}
            </select>
          </div>
          {action === "assign" ? (
            <div>
              <label htmlFor="bulk-assignee" className="block text-xs font-medium">{t("assign")}</label>
              <select id="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} className="rounded-md border border-slate-400 bg-white px-2 py-1.5">
                <option value={userId}>{t("assignMe")}</option>
                {colleagues.filter((c) => c.id !== userId).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                <option value="">{t("unassign")}</option>
              </select>
            </div>
          ) : null}
          {action === "reject" ? (
            <div className="min-w-64 flex-1">
              <label htmlFor="bulk-reason" className="block text-xs font-medium">{t("reason")}</label>
              <input id="bulk-reason" value={reason} onChange={(e) => setReason(e.target.value)} className="w-full rounded-md border border-slate-400 bg-white px-2 py-1.5" />
            </div>
          ) : null}
          <Button size="sm" onClick={run} disabled={!action || pending}>{pending ? t("running") : t("run", { count: rows.length })}</Button>
          {choices.length === 0 ? <p className="text-slate-700">{t("noCommonAction")}</p> : null}
        </div>
      ) : null}
      {error ? <p role="alert" className="mt-2 font-medium text-red-800">{error}</p> : null}
      {results ? (
        <div className="mt-2">
          <h2 className="text-xs font-semibold uppercase tracking-wide">{t("results")}</h2>
          <ul className="mt-1 space-y-0.5" aria-live="polite">
            {results.map((r) => (
              <li key={r.id} className={r.ok ? "text-green-900" : "text-red-800"}>
                <span className="font-mono">{r.number ?? r.id}</span>: {r.ok ? t("ok") : errorText(r.error)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
