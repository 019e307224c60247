import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CannedDeleteButton, CannedForm } from "@/components/conversations/forms";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { cannedAnswersFor } from "@/lib/conversations/data";
import { canManageOfficeCanned } from "@/lib/conversations/policy";
import { TEMPLATE_VARIABLES } from "@/lib/conversations/template";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversations"))("canned.title") };
}

export default async function CannedAnswersPage() {
  const actor = await requireActor("conversation.handle");
  const [t, rows] = await Promise.all([getTranslations("conversations"), cannedAnswersFor(actor)]);
  const canOffice = canManageOfficeCanned(actor);
  const errors = { ...(t.raw("errors") as Record<string, string>), unknown_variable: t("errors.unknown_variable") };
  const words = {
    shortcut: t("canned.shortcut"),
    shortcutHint: t("canned.shortcutHint"),
    body: t("canned.body"),
    scope: t("canned.scope"),
    save: t("canned.save"),
    saved: t("canned.saved"),
    mine: t("canned.scopes.mine"),
    office: t("canned.scopes.office"),
  };
  const groups = [
    { key: "mine", title: t("canned.mineList"), rows: rows.filter((r) => r.scope === "mine") },
    { key: "office", title: t("canned.officeList"), rows: rows.filter((r) => r.scope === "office") },
  ] as const;
  return (
    <>
      <Link href="/petugas/percakapan" className="text-sm text-brand-700 underline">← {t("inboxTitle")}</Link>
      <PageHeader title={t("canned.title")} description={t("canned.description", { variables: TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(", ") })} />
      <Card className="mb-6">
        <CannedForm canOffice={canOffice} words={words} errors={errors} />
      </Card>
      {groups.map((g) => (
        <section key={g.key} className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">{g.title}</h2>
          {g.rows.length === 0 ? <p className="text-sm text-slate-600">{t("canned.empty")}</p> : null}
          <ul className="space-y-3">
            {g.rows.map((r) => (
              <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-3">
                {g.key === "mine" || canOffice ? (
                  <>
                    <CannedForm canOffice={canOffice} initial={r} words={words} errors={errors} />
                    <div className="mt-2"><CannedDeleteButton id={r.id} label={t("canned.delete")} /></div>
                  </>
                ) : (
                  <p><span className="font-mono font-semibold">/{r.shortcut}</span> {r.body}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
