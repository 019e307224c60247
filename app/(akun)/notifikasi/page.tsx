import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/auth";
import { Pagination } from "@/components/ui/pagination";
import { listInbox } from "@/lib/notifications/data";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";
import { markAllReadForm } from "@/lib/notifications/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.inbox");
  return { title: t("title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [t, locale, params] = await Promise.all([getTranslations("notifications.inbox"), getLocale(), searchParams]);
  const page = await listInbox(actor, locale, pageRequestFrom(params, "resident"));
  const { items } = page;
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" });
  return (
    <div>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          items.some((i) => !i.read) ? (
            <form action={markAllReadForm}>
              <button type="submit" className={buttonClass({ variant: "secondary" })}>{t("markAll")}</button>
            </form>
          ) : null
        }
      />
      {items.length === 0 ? (
        <Card><p className="text-slate-600">{t("empty")}</p></Card>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white" aria-label={t("title")}>
          {items.map((item) => (
            <li key={item.id}>
              <a href={`/notifikasi/buka/${item.id}`} className={`flex min-h-16 gap-3 px-4 py-3 hover:bg-slate-50 ${item.read ? "" : "bg-brand-50"}`}>
                <span aria-hidden="true" className={`mt-2 h-2.5 w-2.5 shrink-0 rounded-full ${item.read ? "bg-transparent" : "bg-brand-600"}`} />
                <span className="min-w-0 flex-1">
                  <span className={`block ${item.read ? "font-medium" : "font-semibold"}`}>
                    {item.title}
                    {item.read ? null : <span className="sr-only"> ({t("unread")})</span>}
                  </span>
                  {item.body ? <span className="mt-0.5 block text-sm text-slate-700">{item.body}</span> : null}
                  <span className="mt-1 block text-xs text-slate-600">{when.format(item.createdAt)}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...pageLinks("/notifikasi", {}, page, "resident")} prevLabel={t("newer")} nextLabel={t("more")} />
    </div>
  );
}
