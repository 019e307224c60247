import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listServiceRevisions } from "@/lib/catalogue/data";
import { diffSnapshots, type SnapshotChange } from "@/lib/catalogue/snapshot";

export default async function ServiceHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id } = await params;
  const [history, t, tc, format] = await Promise.all([
    listServiceRevisions(actor, id),
    getTranslations("catalogue.admin.revisions"),
    getTranslations("common.actions"),
    getFormatter(),
  ]);
  if (!history) notFound();
  const { revisions } = history;
  const field = (name: string) => t(`fields.${name}` as "fields.name");
  const describe = (c: SnapshotChange) =>
    c.kind === "service"
      ? t("serviceField", { field: field(c.field) })
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
        {revisions.map((rev, i) => {
          // Revisions are newest first; each is compared with the one before it in time.
          const previous = revisions[i + 1]?.snapshot ?? null;
          const changes = diffSnapshots(previous, rev.snapshot);
          return (
            <li key={rev.id}>
              <Card>
                <p className="text-sm text-slate-600">
                  <time dateTime={rev.createdAt.toISOString()}>{format.dateTime(rev.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
                  · {t("by", { name: rev.actor?.name ?? t("system") })}
                </p>
                {!previous ? (
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
    </div>
  );
}
