import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResidentTable } from "@/components/admin/resident-directory";
import { RegisterSearch } from "@/components/residents/register";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { pageHref } from "@/lib/paging/keyset";
import { listResidentsForStaff, type RegisterFilters } from "@/lib/residents/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.residents"))("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v.slice(0, 100) : undefined);
const yesNo = (v: string | string[] | undefined) => (v === "yes" || v === "no" ? v : undefined);

export default async function ResidentDirectoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("resident.viewPersonalData");
  const params = await searchParams;
  const filters: RegisterFilters = { q: one(params.q), rt: one(params.rt), rw: one(params.rw), account: yesNo(params.account), verified: yesNo(params.verified) };
  const [t, tr, te, page] = await Promise.all([
    getTranslations("admin.residents"),
    getTranslations("residents.register"),
    getTranslations("residents.entry"),
    listResidentsForStaff(actor, { ...filters, after: one(params.after), before: one(params.before) }),
  ]);
  return (
    <div>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor.role, "resident.register") ? (
            <>
              <ButtonLink href="/petugas/warga/baru" variant="secondary">{te("newLink")}</ButtonLink>
              <ButtonLink href="/petugas/warga/impor">{tr("importLink")}</ButtonLink>
            </>
          ) : null
        }
      />
      <RegisterSearch filters={filters} />
      <ResidentTable rows={page.items} />
      <Pagination
        prevHref={page.prev ? pageHref("/petugas/warga", filters, { before: page.prev }) : null}
        nextHref={page.next ? pageHref("/petugas/warga", filters, { after: page.next }) : null}
      />
    </div>
  );
}
