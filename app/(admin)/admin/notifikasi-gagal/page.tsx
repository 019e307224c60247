import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/auth";
import { Pagination } from "@/components/ui/pagination";
import { listDeadLetters } from "@/lib/notifications/data";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";
import { resendForm } from "@/lib/notifications/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.dead"))("title") };
}

function recordHref(type: string | null, id: string | null) {
  if (!id) return null;
  if (type === "request") return `/petugas/permohonan/${id}`;
  if (type === "complaint") return `/petugas/pengaduan/${id}`;
  return null;
}

export default async function DeadLettersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const [t, tn, locale, page] = await Promise.all([getTranslations("notifications.dead"), getTranslations("notifications"), getLocale(), listDeadLetters(actor, pageRequestFrom(params, "staff"))]);
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { timeZone: "Asia/Jakarta", dateStyle: "short", timeStyle: "short" });
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {params.resent ? <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 text-green-900">{t("resent")}</p> : null}
      {params.error ? <p role="alert" className="mb-4 rounded-lg bg-red-50 p-3 text-red-900">{tn("errors.not_found")}</p> : null}
      {page.items.length === 0 ? (
        <Card><p className="text-slate-600">{t("empty")}</p></Card>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">{t("when")}</th>
                <th scope="col" className="px-3 py-2">{t("event")}</th>
                <th scope="col" className="px-3 py-2">{t("channel")}</th>
                <th scope="col" className="px-3 py-2">{t("address")}</th>
                <th scope="col" className="px-3 py-2">{t("attempts")}</th>
                <th scope="col" className="px-3 py-2">{t("error")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("resend")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((d) => {
                const href = recordHref(d.targetType, d.targetId);
                return (
                  <tr key={d.id}>
                    <td className="whitespace-nowrap px-3 py-2">{when.format(d.updatedAt)}</td>
                    <td className="px-3 py-2">{href ? <a className="text-brand-700 underline" href={href}>{tn(`events.${d.event}` as never)}</a> : tn(`events.${d.event}` as never)}</td>
                    <td className="px-3 py-2">{tn(`channels.${d.channel}` as never)}</td>
                    <td className="px-3 py-2 font-mono">{d.address}</td>
                    <td className="px-3 py-2">{d.attempts}</td>
                    <td className="max-w-xs truncate px-3 py-2" title={d.lastError ?? ""}>{d.lastError}</td>
                    <td className="px-3 py-2">
                      <form action={resendForm}>
                        <input type="hidden" name="id" value={d.id} />
                        <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>{t("resend")}</button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination {...pageLinks("/admin/notifikasi-gagal", {}, page)} />
    </div>
  );
}
