import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CategoryNameForm } from "@/components/complaints/category-admin";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/auth";
import { categoryCommandAction } from "@/lib/complaints/actions/admin";
import { listOfficeCategories } from "@/lib/complaints/data/categories";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.admin");
  return { title: t("categoriesTitle") };
}

export default async function ComplaintCategoriesPage() {
  const actor = await requireActor("admin.manage");
  const [t, categories] = await Promise.all([getTranslations("complaints.admin"), listOfficeCategories(actor.officeId, true)]);
  const command = (id: string, cmd: string, label: string, text: string) => (
    <form action={categoryCommandAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="command" value={cmd} />
      <button type="submit" aria-label={label} className={buttonClass({ size: "sm", variant: "secondary" })}>{text}</button>
    </form>
  );
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t("categoriesTitle")} description={t("categoriesIntro")} />
      <Card>
        <CategoryNameForm />
      </Card>
      <ul className="space-y-2">
        {categories.map((c, i) => (
          <li key={c.id} className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-3">
            <div className="min-w-48 flex-1">
              <p className="font-medium">{c.name}</p>
              <p className="text-sm text-slate-600">
                <Badge tone={c.active ? "green" : "slate"}>{c.active ? t("active") : t("inactive")}</Badge> · {t("used", { count: c._count.complaints })}
              </p>
            </div>
            <CategoryNameForm id={c.id} name={c.name} />
            {i > 0 ? command(c.id, "up", t("up", { name: c.name }), "↑") : null}
            {i < categories.length - 1 ? command(c.id, "down", t("down", { name: c.name }), "↓") : null}
            {command(c.id, c.active ? "deactivate" : "activate", c.active ? t("deactivate") : t("activate"), c.active ? t("deactivate") : t("activate"))}
          </li>
        ))}
      </ul>
    </div>
  );
}
