import { getFormatter, getTranslations } from "next-intl/server";
import type { getReceipt } from "@/lib/requests/data/staff/detail";
import { maskNik } from "@/lib/residents/nik";
import { PrintButton } from "./print-button";
import { ReceiptSurveySlot } from "./receipt-survey-slot";

type Receipt = NonNullable<Awaited<ReturnType<typeof getReceipt>>>;

// Printing hides the app's header, navigation and footer, and anything marked no-print.
const printCss = `@media print {
  body > a, header, footer, nav, .no-print { display: none !important; }
  body { background: #fff; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A5 portrait; margin: 12mm; }
}`;

/** A receipt to hand to a walk-in resident: number, service, expected completion date. */
export async function ReceiptSheet({ receipt }: { receipt: Receipt }) {
  const t = await getTranslations("staff");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "full", timeStyle: "short" }) : "—");
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[10rem_1fr] gap-2 border-b border-dashed border-slate-300 py-1.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
  return (
    <article className="mx-auto max-w-xl rounded-lg border border-slate-300 bg-white p-6 print:border-0 print:p-0">
      <style>{printCss}</style>
      <div className="mb-4 border-b border-slate-800 pb-2 text-center">
        <p className="text-lg font-bold">{receipt.office.name}</p>
        <p className="text-xs">{receipt.office.address}{receipt.office.phone ? ` · ${receipt.office.phone}` : ""}</p>
      </div>
      <h1 className="text-center text-xl font-semibold">{t("receipt.title")}</h1>
      <p className="my-4 text-center">
        <span className="block text-xs uppercase tracking-wide text-slate-600">{t("receipt.number")}</span>
        <span className="font-mono text-3xl font-bold" data-testid="receipt-number">{receipt.number}</span>
      </p>
      <dl className="text-sm">
        {row(t("receipt.service"), receipt.service.name)}
        {row(t("receipt.resident"), `${receipt.resident.fullName} (${maskNik(receipt.resident.nik)})`)}
        {receipt.subjectName ? row(t("receipt.subject"), <span data-testid="receipt-subject">{`${receipt.subjectName} (${maskNik(receipt.subjectNik ?? "")})`}</span>) : null}
        {row(t("receipt.submittedAt"), when(receipt.submittedAt))}
        {receipt.status === "COMPLETED" && receipt.collectedAt
          ? row(t("receipt.completedOnSpot"), <span data-testid="receipt-done">{when(receipt.completedAt)}</span>)
          : row(t("receipt.dueAt"), <span data-testid="receipt-due">{when(receipt.dueAt)}</span>)}
        {row(t("receipt.channel"), t(`channel.${receipt.channel}`))}
        {receipt.servicePoint ? row(t("receipt.servicePoint"), receipt.servicePoint.name) : null}
        {receipt.enteredBy ? row(t("receipt.officer"), receipt.enteredBy.name) : null}
      </dl>
      <ReceiptSurveySlot token={receipt.surveyToken} />
      <p className="mt-4 text-sm">{t("receipt.keep")}</p>
      <div className="no-print mt-6 flex flex-wrap gap-2">
        <PrintButton label={t("receipt.print")} />
      </div>
    </article>
  );
}
