import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportChanges, ImportErrors, ImportLines, ImportSummary } from "@/components/residents/import-preview";
import { ImportCommit, ImportMappingForm, ImportProgressPoll, ImportUndo } from "@/components/residents/import-client";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getImport, listChanges, listErrorRows } from "@/lib/residents/import/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("residents.import"))("title"), robots: { index: false } };
}

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,7}$/.test(v) ? Number(v) : 0);

export default async function ImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("resident.register");
  const { id } = await params;
  const query = await searchParams;
  const item = await getImport(actor, id);
  if (!item) notFound();
  const t = await getTranslations("residents.import");
  const header = <PageHeader title={`${t("title")}: ${item.fileName}`} description={t(`status.${item.status}`)} actions={<ButtonLink href="/petugas/warga/impor" variant="secondary">{t("newImport")}</ButtonLink>} />;

  if (item.status === "UPLOADED") {
    return (
      <div className="space-y-4">
        {header}
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("stepMapping")}</h2>
          <ImportLines lines={item.lines} headerRow={item.headerRow} />
          <ImportMappingForm importId={item.id} lines={item.lines} headerRow={item.headerRow} suggested={item.suggested} />
        </Card>
      </div>
    );
  }
  const [errors, changes] = await Promise.all([listErrorRows(actor, id, num(query.galat)), listChanges(actor, id, num(query.ubah))]);
  const dataRows = item.totalRows - item.headerRow;
  const ready = item.createRows + item.updateRows;
  return (
    <div className="space-y-4">
      {header}
      <ImportSummary item={item} dataRows={dataRows} />
      {item.status === "VALIDATED" || item.status === "COMMITTING" ? (
        <>
          <ImportErrors importId={item.id} page={errors} editable={item.status === "VALIDATED"} />
          <ImportChanges importId={item.id} page={changes} />
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{t("stepCommit")}</h2>
            {item.errorRows ? <p className="mb-2 text-sm text-amber-800">{t("commitSkip", { count: item.errorRows })}</p> : null}
            {item.background === "running" ? (
              <div className="space-y-1">
                <progress className="h-3 w-full" max={item.totalRows} value={item.committedUpTo} aria-label={t("committing", { done: item.committedUpTo, total: item.totalRows })} />
                <p role="status" className="text-sm">{t("committing", { done: item.committedUpTo, total: item.totalRows })}</p>
                <p className="text-sm text-slate-600">{t("backgroundHint")}</p>
                <ImportProgressPoll />
              </div>
            ) : (
              <>
                {item.background === "stopped" ? <p className="mb-2 text-sm text-red-700" role="alert">{t("backgroundStopped")}</p> : null}
                <ImportCommit importId={item.id} total={item.totalRows} ready={ready} resume={item.status === "COMMITTING"} />
              </>
            )}
          </Card>
        </>
      ) : null}
      {item.status === "COMMITTED" ? (
        <Card>
          <p className="mb-2 font-medium text-green-800" role="status">{t("committed")}</p>
          {item.errorRows ? (
            <p className="mb-2 text-sm">
              {t("committedSkipped", { count: item.errorRows })}{" "}
              <a href={`/api/residents/import/${item.id}/errors`} className="font-medium text-brand-700 underline">{t("downloadErrors")}</a>
            </p>
          ) : null}
          {item.canUndo ? <ImportUndo importId={item.id} /> : <p className="text-sm text-slate-600">{t("undoBlocked")}</p>}
        </Card>
      ) : null}
    </div>
  );
}
