import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters, AuditTable } from "@/components/admin/audit-table";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { listAuditActions, listAuditEvents } from "@/lib/admin/data/audit";
import { pageHref } from "@/lib/paging/keyset";
import { auditFilterSchema } from "@/lib/admin/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("audit.view");
  const params = await searchParams;
  const filter = auditFilterSchema.parse({ action: one(params.action), actor: one(params.actor), from: one(params.from), to: one(params.to) });
  // A date typed that does not read is left out of the search and shown back at its field.
  const typed = Object.fromEntries((["from", "to"] as const).flatMap((k) => (one(params[k]) && !filter[k] ? [[k, one(params[k])]] : [])));
  const [t, actions, page] = await Promise.all([
    getTranslations("admin.audit"),
    listAuditActions(actor),
    listAuditEvents(actor, { ...filter, after: one(params.after), before: one(params.before) }),
  ]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilters filter={filter} actions={actions} typed={typed} />
      <AuditTable events={page.items} />
      <Pagination
        prevHref={page.prev ? pageHref("/admin/audit", filter, { before: page.prev }) : null}
        nextHref={page.next ? pageHref("/admin/audit", filter, { after: page.next }) : null}
      />
    </div>
  );
}
