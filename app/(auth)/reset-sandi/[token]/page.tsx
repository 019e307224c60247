import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/field";
import { resetTokenState } from "@/lib/accounts/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, state] = await Promise.all([getTranslations("auth.reset"), resetTokenState(token)]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("title")} description={state === "valid" ? t("description") : undefined} />
      <Card>
        {state === "valid" ? (
          <ResetPasswordForm token={token} />
        ) : (
          <div className="space-y-4">
            <FormAlert>{t(`state.${state}`)}</FormAlert>
            <ButtonLink href="/lupa-sandi" variant="secondary">
              {t("askAgain")}
            </ButtonLink>
          </div>
        )}
      </Card>
    </div>
  );
}
