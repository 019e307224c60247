import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestList } from "@/components/requests/request-list";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FormAlert, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { listOwnRequests } from "@/lib/requests/data/resident";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";
import { STATUS_FILTERS } from "@/lib/requests/constants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests.list");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function MyRequestsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("resident.self");
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const status = STATUS_FILTERS.find((s) => s === one(params.status)) ?? null;
  const page = await listOwnRequests(actor, { status, ...pageRequestFrom(params, "resident") });
  const [t, ts] = await Promise.all([getTranslations("requests.list"), getTranslations("requests.status")]);
  const links = pageLinks("/warga/permohonan", { status: status ?? undefined }, page, "resident");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/layanan">{t("new")}</ButtonLink>} />
      {one(params.dihapus) ? <div className="mb-4"><FormAlert tone="success">{t("deleted")}</FormAlert></div> : null}
      <form method="get" className="mb-4 flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">{t("filterStatus")}</label>
          <Select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>{ts(s)}</option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>{t("filter")}</button>
      </form>
      {page.items.length === 0 ? <p className="text-slate-700">{status ? t("emptyFiltered") : t("empty")}</p> : <RequestList items={page.items} />}
      <Pagination {...links} />
    </div>
  );
}
