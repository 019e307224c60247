import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/types";
import { listStaffNews } from "@/lib/news/data";
import { Markdown } from "./markdown";

/** Staff and supervisor homes: live announcements of the office, staff-only ones included (read in place). */
export async function StaffNewsPanel({ actor }: { actor: Actor }) {
  const [t, tn, format, items] = await Promise.all([getTranslations("news.home"), getTranslations("news"), getFormatter(), listStaffNews(actor, new Date())]);
  return (
    <Card className="mb-6">
      <h2 className="mb-3 text-lg font-semibold" id="internal-news">{t("internalTitle")}</h2>
      {items.length === 0 ? <p className="text-sm text-slate-600">{t("internalEmpty")}</p> : (
        <ul className="divide-y divide-slate-100" aria-labelledby="internal-news" data-testid="staff-news">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{item.title}</span>{" "}
                  {item.pinned ? <Badge tone="amber">{tn("pinned")}</Badge> : null}{" "}
                  <Badge tone={item.visibility === "STAFF" ? "red" : "sky"}>{tn(`visibility.${item.visibility}`)}</Badge>{" "}
                  <span className="text-sm text-slate-600">
                    {tn(`categories.${item.category}`)}
                    {item.publishAt ? ` · ${format.dateTime(item.publishAt, { dateStyle: "medium" })}` : ""}
                    {item.office.slug ? ` · ${item.office.name}` : ""}
                  </span>
                </summary>
                <p className="mt-2 text-sm text-slate-700">{item.summary}</p>
                <Markdown source={item.body} className="mt-2 text-sm" />
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
