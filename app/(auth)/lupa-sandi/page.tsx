import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { listPublicOffices } from "@/lib/offices/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

// Until notifications (e-mail/SMS) exist, a reset link is issued by the office admin after
// checking the person's KTP; this page says how and lists whom to contact.
export default async function ForgotPasswordPage() {
  const [t, offices] = await Promise.all([getTranslations("auth.forgot"), listPublicOffices()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <ol className="list-decimal space-y-2 pl-5">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
        <p className="mt-3 text-sm text-slate-600">{t("note")}</p>
      </Card>
      <section aria-labelledby="kontak-kantor">
        <h2 id="kontak-kantor" className="mb-3 text-lg font-semibold">
          {t("contacts")}
        </h2>
        <ul className="space-y-3">
          {offices.map((office) => (
            <li key={office.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="font-medium">{office.name}</p>
              <p className="text-sm text-slate-700">{office.address}</p>
              {office.phone ? (
                <a href={`tel:${office.phone.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  {office.phone}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <ButtonLink href="/masuk" variant="secondary">
        {t("back")}
      </ButtonLink>
    </div>
  );
}
