import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { RevokeForm } from "@/components/letters/revoke-form";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/field";
import { requireActor } from "@/lib/auth";
import { getLetterForStaff } from "@/lib/letters/data/letters";
import { canRevoke } from "@/lib/letters/policy";

export const metadata: Metadata = { robots: { index: false } };

const dt = "text-xs font-medium uppercase tracking-wide text-slate-600";
const TONE = { PENDING_APPROVAL: "amber", RETURNED: "slate", FINAL: "green", REVOKED: "red" } as const;

export default async function StaffLetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dicabut?: string }> }) {
  const { id } = await params;
  const { dicabut } = await searchParams;
  const actor = await requireActor("letter.issue");
  const letter = await getLetterForStaff(actor, id);
  if (!letter) notFound();
  const t = await getTranslations("letters");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");

  return (
    <>
      <p className="mb-2 text-sm"><Link href={`/petugas/permohonan/${letter.request.id}`} className="text-brand-700 underline">← {letter.request.number}</Link></p>
      {/* The revoke form leaves the page with the letter's revocation: its confirmation is carried in the URL. */}
      {dicabut && letter.status === "REVOKED" ? <div className="mb-4"><FormAlert tone="success">{t("staff.revokeDone")}</FormAlert></div> : null}
      <PageHeader
        title={letter.number ? <span className="font-mono">{t("staff.title", { number: letter.number })}</span> : t("staff.draftTitle")}
        description={letter.content.title}
        actions={
          letter.number ? (
            <>
              {letter.fileId ? <ButtonLink size="sm" href={`/api/files/${letter.fileId}?download=1`}>{t("staff.download")}</ButtonLink> : null}
              <ButtonLink size="sm" variant="secondary" href={`/api/letters/${letter.id}/reprint`}>{t("staff.reprint")}</ButtonLink>
              {letter.verifyUrl ? <ButtonLink size="sm" variant="secondary" href={`/verifikasi/${letter.token}`}>{t("staff.verifyLink")}</ButtonLink> : null}
            </>
          ) : (
            <ButtonLink size="sm" variant="secondary" href={`/api/letters/${letter.id}/draft`}>{t("approval.draft")}</ButtonLink>
          )
        }
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card>
            <div className="mb-3"><Badge tone={TONE[letter.status]}>{t(`status.${letter.status}`)}</Badge></div>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm md:grid-cols-3">
              <div><dt className={dt}>{t("staff.service")}</dt><dd>{letter.service.name}</dd></div>
              <div><dt className={dt}>{t("staff.subject")}</dt><dd>{letter.subjectName}</dd></div>
              <div><dt className={dt}>{t("staff.nik")}</dt><dd className="font-mono">{letter.subjectNik}</dd></div>
              <div><dt className={dt}>{t("staff.issuedAt")}</dt><dd>{when(letter.issuedAt)}</dd></div>
              <div><dt className={dt}>{t("staff.signer")}</dt><dd>{letter.signerName}, {letter.signerPosition}</dd></div>
              <div><dt className={dt}>{t("staff.signature")}</dt><dd>{t(letter.signatureMode === "ELECTRONIC" ? "staff.signatureELECTRONIC" : "staff.signatureQR")}</dd></div>
              <div><dt className={dt}>{t("staff.verifyCount")}</dt><dd data-testid="verify-count">{letter.verifyCount}</dd></div>
              {letter.sha256 ? <div className="col-span-2 md:col-span-3"><dt className={dt}>{t("staff.hash")}</dt><dd className="break-all font-mono text-xs">{letter.sha256}</dd></div> : null}
              {letter.returnNote ? <div className="col-span-2"><dt className={dt}>{t("staff.returnNote")}</dt><dd>{letter.returnNote}</dd></div> : null}
              {letter.revokedAt ? <div><dt className={dt}>{t("staff.revokedAt")}</dt><dd>{when(letter.revokedAt)}</dd></div> : null}
              {letter.revokeReason ? <div><dt className={dt}>{t("staff.revokeReason")}</dt><dd>{letter.revokeReason}</dd></div> : null}
              {letter.replacedBy ? <div><dt className={dt}>{t("staff.replacedBy")}</dt><dd><Link className="font-mono text-brand-700 underline" href={`/petugas/surat/${letter.replacedBy.id}`}>{letter.replacedBy.number}</Link></dd></div> : null}
              {letter.replaces ? <div><dt className={dt}>{t("staff.replaces")}</dt><dd><Link className="font-mono text-brand-700 underline" href={`/petugas/surat/${letter.replaces.id}`}>{letter.replaces.number}</Link></dd></div> : null}
            </dl>
          </Card>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{t("staff.verifications")}</h2>
            {letter.verifications.length === 0 ? (
              <p className="text-sm text-slate-600">{t("staff.noVerifications")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {letter.verifications.map((v) => (
                  <li key={v.id} className="flex gap-3 py-1.5">
                    <span className="w-44 text-slate-600">{when(v.createdAt)}</span>
                    <span>{t(`staff.method.${v.method as "qr" | "number" | "file"}`)}</span>
                    {v.matched === null ? null : <span>{t(`staff.matched.${String(v.matched) as "true" | "false"}`)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <aside className="space-y-4">{canRevoke(actor, letter) ? <RevokeForm letterId={letter.id} /> : null}</aside>
      </div>
    </>
  );
}
