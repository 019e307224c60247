import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserFilters, UsersTable } from "@/components/admin/users-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { listUsers } from "@/lib/admin/data/users";
import { pageHref } from "@/lib/paging/keyset";
import { userFilterSchema } from "@/lib/admin/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const filter = userFilterSchema.parse({ q: one(params.q) || undefined, role: one(params.role) || undefined, status: one(params.status) || undefined });
  const [t, page] = await Promise.all([getTranslations("admin.users"), listUsers(actor, { ...filter, after: one(params.after), before: one(params.before) })]);
  const filters = { q: filter.q, role: filter.role, status: filter.status };
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/admin/pengguna/baru">{t("new")}</ButtonLink>} />
      <UserFilters {...filters} />
      <UsersTable rows={page.items} />
      <Pagination
        prevHref={page.prev ? pageHref("/admin/pengguna", filters, { before: page.prev }) : null}
        nextHref={page.next ? pageHref("/admin/pengguna", filters, { after: page.next }) : null}
      />
    </div>
  );
}
