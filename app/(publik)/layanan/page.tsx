import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { listCatalogueOffices } from "@/lib/catalogue/data";
import { officeTitle } from "@/lib/offices/name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

export default async function CataloguePage() {
  const t = await getTranslations("catalogue");
  const tc = await getTranslations("common");
  const offices = await listCatalogueOffices();
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      <ul className="grid gap-3">
        {offices.map((office) => (
          <li key={office.id}>
            <Link
              href={`/layanan/${office.slug}`}
              className="flex min-h-11 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <span className="text-lg font-semibold text-brand-800">{officeTitle(office.name, tc(`officeTypes.${office.type}`))}</span>
              <span className="text-sm text-slate-700">{office.address}</span>
              <span className="mt-1 text-sm font-medium text-slate-800">{t("officeServices", { count: office._count.services })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
