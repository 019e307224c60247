import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { readOfficeMailbox } from "@/lib/notifications/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.mailbox"))("title") };
}

// The offline mailbox of the local SMTP server (no SMTP_URL): the mails sent for the admin's own office.
export default async function MailboxPage() {
  const actor = await requireActor("admin.manage");
  const [t, locale] = await Promise.all([getTranslations("notifications.mailbox"), getLocale()]);
  const { configured, entries } = await readOfficeMailbox(actor.officeId, 100);
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { timeZone: "Asia/Jakarta", dateStyle: "short", timeStyle: "medium" });
  return (
    <div>
      <PageHeader title={t("title")} description={configured ? t("configured") : t("description")} />
      {!configured && entries.length === 0 ? <Card><p className="text-slate-600">{t("empty")}</p></Card> : null}
      {entries.length ? (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
          {entries.map((m) => (
            <li key={m.id}>
              <a href={`/admin/kotak-surat/${m.id}`} className="grid gap-1 px-4 py-3 hover:bg-slate-50 sm:grid-cols-[10rem_14rem_1fr]">
                <span className="text-sm text-slate-600">{when.format(new Date(m.receivedAt))}</span>
                <span className="truncate text-sm">{m.to}</span>
                <span className="truncate font-medium">{m.subject}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
