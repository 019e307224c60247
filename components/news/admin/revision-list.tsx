import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/news/markdown";

type Revision = { id: string; summary: string; snapshot: unknown; createdAt: Date; actor: { name: string } | null };

/** Who changed what and when, newest first; each entry opens to the text as it then read. */
export async function RevisionList({ revisions }: { revisions: Revision[] }) {
  const [t, format] = await Promise.all([getTranslations("news.admin.revisions"), getFormatter()]);
  if (revisions.length === 0) return <p>{t("empty")}</p>;
  const field = (name: string) => t(`fields.${name}` as "fields.title");
  return (
    <ol className="space-y-3">
      {revisions.map((rev) => {
        const snap = (rev.snapshot ?? {}) as Record<string, unknown>;
        const text = String(snap.body ?? snap.answer ?? "");
        return (
          <li key={rev.id}>
            <Card>
              <p className="text-sm text-slate-600">
                <time dateTime={rev.createdAt.toISOString()}>{format.dateTime(rev.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> · {t("by", { name: rev.actor?.name ?? t("system") })}
              </p>
              <p>{rev.summary === "created" ? t("created") : t("changed", { fields: rev.summary.split(",").map(field).join(", ") })}</p>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-brand-700 underline">{String(snap.title ?? snap.question ?? "")}</summary>
                <Markdown source={text} className="mt-2 text-sm" />
              </details>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
