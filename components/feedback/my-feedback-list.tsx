import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

type Item = { id: string; kind: string; message: string; anonymous: boolean; answer: string | null; answeredAt: Date | null; createdAt: Date };

/** The resident's own messages and the office's answers. */
export async function MyFeedbackList({ items }: { items: Item[] }) {
  const [t, format] = await Promise.all([getTranslations("complaints.feedback"), getFormatter()]);
  if (items.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ul className="space-y-3">
      {items.map((f) => (
        <li key={f.id} className="rounded-xl border border-slate-200 bg-white p-4">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge tone={f.kind === "KRITIK" ? "amber" : "sky"}>{t(f.kind)}</Badge>
            {format.dateTime(f.createdAt, { dateStyle: "medium" })}
            {f.anonymous ? ` · ${t("sentAnonymously")}` : null}
          </p>
          <p className="mt-2 whitespace-pre-line">{f.message}</p>
          {f.answer ? (
            <div className="mt-3 rounded-lg bg-green-50 p-3">
              <p className="text-sm font-semibold text-green-900">{t("answer")}</p>
              <p className="whitespace-pre-line">{f.answer}</p>
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-600">{t("waiting")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
