import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApiClientForm, RevokeButton } from "@/components/open311/api-client-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listApiClients } from "@/lib/open311/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("open311.admin"))("title") };
}

export default async function Open311ClientsPage() {
  const actor = await requireActor("admin.manage");
  const [t, format, clients] = await Promise.all([getTranslations("open311.admin"), getFormatter(), listApiClients(actor.officeId)]);
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <p><Link href="/open311" className="font-medium text-brand-700 underline">{t("docs")}</Link></p>
      <Card>
        <h2 className="mb-3 font-semibold">{t("newTitle")}</h2>
        <ApiClientForm />
      </Card>
      <section aria-labelledby="clients-title" className="space-y-2">
        <h2 id="clients-title" className="font-semibold">{t("listTitle")}</h2>
        {clients.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
        <ul className="space-y-2">
          {clients.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-3">
              <div className="min-w-56 flex-1">
                <p className="font-medium">{c.name}</p>
                <p className="text-sm text-slate-600">
                  <code className="font-mono">{t("keyPrefix", { prefix: c.keyPrefix })}</code> · {t("createdAt", { date: date(c.createdAt) })} ·{" "}
                  {c.lastUsedAt ? t("lastUsed", { date: date(c.lastUsedAt) }) : t("neverUsed")} · {t("complaints", { count: c.complaints })}
                  {c.contact ? <> · {c.contact}</> : null}
                </p>
              </div>
              {c.revokedAt ? <Badge tone="slate">{t("revoked", { date: date(c.revokedAt) })}</Badge> : <><Badge tone="green">{t("active")}</Badge><RevokeButton id={c.id} name={c.name} /></>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
