import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { canFileComplaint } from "@/lib/complaints/policy";
import { PRIVACIES } from "@/lib/complaints/schema";
import { TRACKS, VERIFY_DAYS } from "@/lib/complaints/sla";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.entry");
  return { title: t("title") };
}

/** How to complain, in plain words, with the ways in: the form, tracking, statistics and anonymous feedback. */
export default async function ComplaintEntryPage() {
  const [t, tc, actor] = await Promise.all([getTranslations("complaints.entry"), getTranslations("complaints"), getActor()]);
  const canFile = canFileComplaint(actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <ButtonLink href={canFile ? "/warga/pengaduan/baru" : "/masuk?next=/warga/pengaduan/baru"}>{t("file")}</ButtonLink>
        <ButtonLink href="/lacak" variant="secondary">{t("track")}</ButtonLink>
        <ButtonLink href="/statistik" variant="secondary">{t("stats")}</ButtonLink>
      </div>
      {!actor ? <p className="text-sm text-slate-700">{t("fileNeedsLogin")}</p> : null}

      <Card>
        <h2 className="text-lg font-semibold">{t("stepsTitle")}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {(["step1", "step2", "step3", "step4"] as const).map((k) => <li key={k}>{t(k)}</li>)}
        </ol>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("privacyTitle")}</h2>
        <dl className="mt-2 space-y-2">
          {PRIVACIES.map((p) => (
            <div key={p}>
              <dt className="font-medium">{tc(`privacy.${p}`)}</dt>
              <dd className="text-slate-700">{tc(`privacyHint.${p}`)}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("limitsTitle")}</h2>
        <p className="mt-1 text-slate-700">{t("limitsBody")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t("verifyLimit", { days: VERIFY_DAYS })}</li>
          {TRACKS.map((track) => <li key={track}>{tc(`track.${track}`)}</li>)}
        </ul>
      </Card>

      <p className="text-slate-700">{t("walkIn")}</p>
      <p>
        <Link href="/pengaduan/kritik-saran" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("feedback")}</Link>
      </p>
    </div>
  );
}
