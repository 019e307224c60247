import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApprovalDecision } from "@/components/letters/approval-row";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { approvalQueue, getLetterForStaff } from "@/lib/letters/data/letters";
import { FormAlert } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";

export const metadata: Metadata = { title: "Persetujuan surat", robots: { index: false } };

export default async function ApprovalQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("letter.approve");
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const [terbit, dikembalikan] = [one(params.terbit), one(params.dikembalikan)];
  const queue = await approvalQueue(actor, pageRequestFrom(params, "staff"));
  // The decision just taken (the approval row is gone from the queue by now): read back from the
  // database, so the number shown is the one issued, and only for a letter of this office.
  const decided = terbit ? await getLetterForStaff(actor, terbit) : dikembalikan ? await getLetterForStaff(actor, dikembalikan) : null;
  const t = await getTranslations("letters.approval");
  const format = await getFormatter();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {decided && terbit && decided.number ? (
        <div className="mb-4">
          <FormAlert tone="success">
            {t("approved", { number: decided.number })}{" "}
            <Link className="underline" href={`/petugas/surat/${decided.id}`}>{t("openLetter")}</Link>
          </FormAlert>
        </div>
      ) : decided && dikembalikan ? (
        <div className="mb-4"><FormAlert tone="success">{t("returnedDone")}</FormAlert></div>
      ) : null}
      {queue.items.length === 0 ? (
        <Card><p className="text-slate-700">{t("empty")}</p></Card>
      ) : (
        <ul className="space-y-3">
          {queue.items.map((l) => (
            <li key={l.id}>
              <Card>
                <div className="grid gap-4 md:grid-cols-[1fr_20rem]">
                  <div>
                    <h2 className="font-semibold">{l.content.title}</h2>
                    <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                      <dt className="text-slate-600">{t("subject")}</dt><dd>{l.subjectName} · <span className="font-mono">{l.subjectNik}</span></dd>
                      <dt className="text-slate-600">{t("request")}</dt><dd><Link className="font-mono text-brand-700 underline" href={`/petugas/permohonan/${l.request.id}`}>{l.request.number}</Link></dd>
                      <dt className="text-slate-600">{t("service")}</dt><dd>{l.service}</dd>
                      <dt className="text-slate-600">{t("created")}</dt><dd>{format.dateTime(l.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                    </dl>
                    <details className="mt-2 text-sm">
                      <summary className="cursor-pointer text-brand-700">{t("draft")}</summary>
                      <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-3">
                        {l.content.paragraphs.map((p, i) => <p key={i} className="whitespace-pre-line">{p}</p>)}
                        <p className="text-right">{l.content.signer.position}<br /><strong>{l.content.signer.name}</strong></p>
                      </div>
                    </details>
                    <p className="mt-2"><a className="text-sm text-brand-700 underline" href={`/api/letters/${l.id}/draft`}>PDF</a></p>
                  </div>
                  <ApprovalDecision letterId={l.id} />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...pageLinks("/pimpinan/persetujuan", {}, queue)} />
    </>
  );
}
