import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportUploadForm } from "@/components/residents/import-client";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listImports } from "@/lib/residents/import/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("residents.import"))("title") };
}

export default async function ImportStartPage() {
  const actor = await requireActor("resident.register");
  const [t, format, imports] = await Promise.all([getTranslations("residents.import"), getFormatter(), listImports(actor)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/petugas/warga" variant="secondary">{t("back")}</ButtonLink>} />
      <Card>
        <ImportUploadForm />
      </Card>
      <section aria-labelledby="import-history">
        <h2 id="import-history" className="mb-2 text-lg font-semibold">{t("history")}</h2>
        {imports.length ? (
          <ul className="divide-y divide-slate-200 rounded-lg bg-white">
            {imports.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
                <Link href={`/petugas/warga/impor/${i.id}`} className="font-medium text-brand-700 underline">{i.fileName}</Link>
                <Badge tone={i.status === "COMMITTED" ? "green" : i.status === "UNDONE" ? "slate" : "amber"}>{t(`status.${i.status}`)}</Badge>
                <span>{t("rows", { count: i.totalRows })}</span>
                <span className="text-slate-600">{format.dateTime(i.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-lg bg-white p-4 text-slate-600">{t("noHistory")}</p>
        )}
      </section>
    </div>
  );
}
