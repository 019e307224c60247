import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { findOfficeMailboxEntry } from "@/lib/notifications/data";

export default async function MailboxEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const mail = await findOfficeMailboxEntry(actor.officeId, (await params).id);
  if (!mail) notFound();
  const [t, locale] = await Promise.all([getTranslations("notifications.mailbox"), getLocale()]);
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "medium" });
  return (
    <div>
      <p className="mb-2"><Link className="text-brand-700 underline" href="/admin/kotak-surat">{t("back")}</Link></p>
      <PageHeader title={mail.subject} />
      <Card>
        <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("from")}</dt><dd>{mail.from}</dd>
          <dt className="text-slate-600">{t("to")}</dt><dd>{mail.to}</dd>
          <dt className="text-slate-600">{t("date")}</dt><dd>{when.format(new Date(mail.receivedAt))}</dd>
        </dl>
        {/* The text part, not the HTML: nothing from a mail runs in the admin's page. */}
        <pre className="mt-4 whitespace-pre-wrap break-words font-sans">{mail.text}</pre>
      </Card>
    </div>
  );
}
