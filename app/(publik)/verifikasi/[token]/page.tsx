import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FileCheck } from "@/components/letters/file-check";
import { letterErrorLabels } from "@/components/letters/labels";
import { VerifyBeacon } from "@/components/letters/verify-beacon";
import { getPublicLetter } from "@/lib/letters/data/letters";

export const metadata: Metadata = { title: "Verifikasi surat", robots: { index: false } };
export const dynamic = "force-dynamic";

const BANNER = { valid: "border-green-600 bg-green-50 text-green-950", revoked: "border-red-600 bg-red-50 text-red-950", replaced: "border-red-600 bg-red-50 text-red-950" };

export default async function VerifyLetterPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ cara?: string }> }) {
  const [{ token }, { cara }] = await Promise.all([params, searchParams]);
  const t = await getTranslations("letters.verify");
  const letter = await getPublicLetter(token);
  if (!letter) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold">{t("unknown")}</h1>
        <p className="mt-2 text-slate-700">{t("unknownBody")}</p>
        <p className="mt-4"><Link href="/verifikasi" className="text-brand-700 underline">{t("other")}</Link></p>
      </div>
    );
  }
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const heading = letter.status === "valid" ? t("valid") : letter.status === "replaced" ? t("replaced") : t("revoked");
  const body = letter.status === "valid" ? t("validBody") : letter.status === "replaced" ? t("replacedBody", { number: letter.replacement!.number }) : t("revokedBody");
  const errors = await letterErrorLabels();

  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="sr-only">{t("title")}</h1>
      <VerifyBeacon token={letter.token} method={cara === "nomor" ? "number" : "qr"} />
      <section className={`rounded-xl border-2 p-4 ${BANNER[letter.status]}`} data-testid="letter-status" data-status={letter.status}>
        <p className="text-xl font-bold">{heading}</p>
        <p className="mt-1">{body}</p>
        {letter.revokeReason ? <p className="mt-1">{t("reason")}: {letter.revokeReason}</p> : null}
        {letter.replacement ? <p className="mt-2"><Link className="font-semibold underline" href={`/verifikasi/${letter.replacement.token}`}>{t("openReplacement")}</Link></p> : null}
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <dl className="space-y-2 text-base">
          <div><dt className="text-sm text-slate-600">{t("type")}</dt><dd className="font-semibold">{letter.title}</dd></div>
          <div><dt className="text-sm text-slate-600">{t("letterNumber")}</dt><dd className="wrap-anywhere font-mono">{letter.number}</dd></div>
          <div><dt className="text-sm text-slate-600">{t("issued")}</dt><dd>{date(letter.issuedAt)}</dd></div>
          <div><dt className="text-sm text-slate-600">{t("office")}</dt><dd>{letter.office}</dd></div>
          <div><dt className="text-sm text-slate-600">{t("signer")}</dt><dd>{letter.signerName}<br />{letter.signerPosition}</dd></div>
          <div><dt className="text-sm text-slate-600">{t("subject")}</dt><dd>{letter.subjectName}</dd></div>
          <div><dt className="text-sm text-slate-600">{t("nik")}</dt><dd className="font-mono" data-testid="masked-nik">{letter.subjectNik}</dd></div>
        </dl>
        <p className="mt-3 text-sm text-slate-700">{letter.signatureMode === "ELECTRONIC" ? t("signatureELECTRONIC") : t("signatureQR")}</p>
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("fileTitle")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("fileHint")}</p>
        <FileCheck token={letter.token} labels={{ file: t("file"), check: t("check"), checking: t("checking"), same: t("same"), different: t("different"), errors }} />
      </section>
      <p><Link href="/verifikasi" className="text-brand-700 underline">{t("other")}</Link></p>
    </div>
  );
}
