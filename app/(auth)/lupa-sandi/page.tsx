import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { listPublicOffices } from "@/lib/offices/data";
import { forgotPasswordForm } from "@/lib/notifications/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

// Self-service first (issue 10): a one-time link by e-mail and SMS/WhatsApp to the account's own
// contacts. Without access to those, the office admin still issues a link after checking the KTP.
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ sent?: string; error?: string }> }) {
  const [t, tn, offices, query] = await Promise.all([getTranslations("auth.forgot"), getTranslations("notifications.forgot"), listPublicOffices(), searchParams]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{tn("selfTitle")}</h2>
        {query.sent ? (
          <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">{tn("sent")}</p>
        ) : (
          <form action={forgotPasswordForm} className="space-y-3">
            <label htmlFor="forgot-identifier" className="block font-medium">{tn("identifier")}</label>
            <input id="forgot-identifier" name="identifier" required autoComplete="username" className="min-h-11 w-full rounded-lg border border-slate-300 px-3" />
            {query.error === "rate_limited" ? <p role="alert" className="text-sm text-red-700">{tn("rateLimited")}</p> : null}
            <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">{tn("submit")}</button>
          </form>
        )}
      </Card>
      <p className="text-slate-700">{tn("orOffice")} {t("description")}</p>
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
