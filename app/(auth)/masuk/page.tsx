import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/accounts/login-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { homePath } from "@/lib/auth/policy";
import { safeNextPath } from "@/lib/accounts/next-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (actor) redirect(homePath(actor.role));
  const params = await searchParams;
  const raw = params.callbackUrl ?? params.next;
  const next = safeNextPath(typeof raw === "string" ? raw : null);
  const t = await getTranslations("auth.login");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <LoginForm next={next} />
      </Card>
    </div>
  );
}
