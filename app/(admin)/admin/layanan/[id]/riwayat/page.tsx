import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listServiceRevisions } from "@/lib/catalogue/data";
import { Pagination } from "@/components/ui/pagination";
import { pageHref } from "@/lib/paging/keyset";
import type { SnapshotChange } from "@/lib/catalogue/snapshot";

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

export default async function ServiceHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("admin.manage");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [history, t, tc, format] = await Promise.all([
    listServiceRevisions(actor, id, { after: one(query.after), before: one(query.before) }),
    getTranslations("catalogue.admin.revisions"),
    getTranslations("common.actions"),
    getFormatter(),
  ]);
  if (!history) notFound();
  const { revisions } = history;
  const field = (name: string) => t(`fields.${name}` as "fields.name");
  // Before → after in words a reader checks at a glance: Rupiah, yes/no, long texts cut short.
  const shown = (name: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (name === "subjectTargets" && Array.isArray(value)) return value.map((v) => t(`targets.${v as "SELF"}`)).join(", ");
    if (name === "feeRupiah" && typeof value === "number") return format.number(value, { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
    const text = Array.isArray(value) ? value.join("; ") : String(value);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  };
  const describe = (c: SnapshotChange) =>
    c.kind === "service"
      ? c.field === "unitId"
        ? t("serviceField", { field: field(c.field) })
        : t("serviceChange", { field: field(c.field), before: shown(c.field, c.before), after: shown(c.field, c.after) })
      : c.kind === "requirement_added"
        ? t("added", { label: c.label })
        : c.kind === "requirement_removed"
          ? t("removed", { label: c.label })
          : t("changed", { label: c.label, fields: c.fields.map(field).join(", ") });
  return (
    <div>
      <PageHeader title={t("title", { name: history.service.name })} actions={<ButtonLink href={`/admin/layanan/${id}`} variant="secondary" size="sm">← {tc("back")}</ButtonLink>} />
      {revisions.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="space-y-3">
        {revisions.map((rev) => {
          const { changes } = rev;
          return (
            <li key={rev.id}>
              <Card>
                <p className="text-sm text-slate-600">
                  <time dateTime={rev.createdAt.toISOString()}>{format.dateTime(rev.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
                  · {t("by", { name: rev.actor?.name ?? t("system") })}
                </p>
                {rev.created ? (
                  <p>{t("created")}</p>
                ) : changes.length === 0 ? (
                  <p>{t("noDiff")}</p>
                ) : (
                  <ul className="list-disc pl-5">
                    {changes.map((c, j) => (
                      <li key={j}>{describe(c)}</li>
                    ))}
                  </ul>
                )}
              </Card>
            </li>
          );
        })}
      </ol>
      <Pagination
        prevHref={history.prev ? pageHref(`/admin/layanan/${id}/riwayat`, {}, { before: history.prev }) : null}
        nextHref={history.next ? pageHref(`/admin/layanan/${id}/riwayat`, {}, { after: history.next }) : null}
      />
    </div>
  );
}
