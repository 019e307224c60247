import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResidentSearch, ResidentTable } from "@/components/admin/resident-directory";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { pageHref } from "@/lib/paging/keyset";
import { listResidentsForStaff } from "@/lib/residents/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.residents"))("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v.slice(0, 100) : undefined);

export default async function ResidentDirectoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("resident.viewPersonalData");
  const params = await searchParams;
  const q = one(params.q);
  const [t, page] = await Promise.all([getTranslations("admin.residents"), listResidentsForStaff(actor, { q, after: one(params.after), before: one(params.before) })]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <ResidentSearch q={q} />
      <ResidentTable rows={page.items} />
      <Pagination
        prevHref={page.prev ? pageHref("/petugas/warga", { q }, { before: page.prev }) : null}
        nextHref={page.next ? pageHref("/petugas/warga", { q }, { after: page.next }) : null}
      />
    </div>
  );
}
