import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataSaverCard } from "@/components/accounts/data-saver-card";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { ResidentContactForm } from "@/components/accounts/resident-contact-form";
import { ResidentIdentity } from "@/components/accounts/resident-identity";
import { StaffProfileForm } from "@/components/accounts/staff-profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getOwnAccount } from "@/lib/accounts/data";
import { getOwnResidentProfile } from "@/lib/residents/data";
import { PreferencesCard } from "@/components/notifications/preferences-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.profile");
  return { title: t("title") };
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ notif?: string }> }) {
  const actor = await requireActor();
  const { notif } = await searchParams;
  const t = await getTranslations("auth.profile");
  const tp = await getTranslations("residents.privacy");
  const [account, resident] = await Promise.all([getOwnAccount(actor), getOwnResidentProfile(actor)]);
  if (!account) notFound();

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {resident ? (
        <>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("identity")}</h2>
            <ResidentIdentity identity={resident} />
          </Card>
          <Card>
            <h2 className="mb-1 text-lg font-semibold">{tp("profileLink")}</h2>
            <p className="mb-3 text-sm text-slate-700">{tp("profileLinkHint")}</p>
            <Link href="/warga/privasi" className="inline-flex min-h-12 items-center font-medium text-brand-700 underline">{tp("profileLink")}</Link>
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("contact")}</h2>
            <ResidentContactForm
              initial={{ phone: resident.phone ?? "", email: resident.email ?? "", address: resident.address, rt: resident.rt, rw: resident.rw }}
            />
          </Card>
        </>
      ) : (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("account")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("staffOffice", { office: account.office.name })}</p>
          <StaffProfileForm initial={{ name: account.name, phone: account.phone ?? "", email: account.email ?? "" }} />
        </Card>
      )}
      {resident ? <DataSaverCard /> : null}
      <PreferencesCard actor={actor} saved={notif} hasEmail={Boolean(account.email)} hasPhone={Boolean(account.phone)} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("passwordTitle")}</h2>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
