import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge, PrivacyBadge, SlaBadge } from "@/components/complaints/badges";
import { FollowUpForm } from "@/components/complaints/follow-up-form";
import { MapLink } from "@/components/complaints/map-link";
import { PhotoGrid } from "@/components/complaints/photo-grid";
import { CompleteForm, DisposeForm, RejectForm, VerifyForm } from "@/components/complaints/staff-forms";
import { ComplaintTimeline } from "@/components/complaints/timeline";
import { SentMessages } from "@/components/notifications/sent-messages";
import { StaffShortcuts } from "@/components/requests/staff/staff-shortcuts";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { ConversationSection } from "@/components/conversations/section";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { getComplaintForStaff, listOfficeUnits } from "@/lib/complaints/data/staff";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.staff");
  return { title: t("queueTitle") };
}

export default async function StaffComplaintPage({ params }: Props) {
  const actor = await requireActor("complaint.handle");
  const { id } = await params;
  const c = await getComplaintForStaff(actor, id);
  if (!c) notFound();
  const [t, tc, format, units] = await Promise.all([getTranslations("complaints.staff"), getTranslations("complaints"), getFormatter(), listOfficeUnits(actor)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const today = jakartaDateKey(new Date());
  const fact = (label: string, value: React.ReactNode) => (
    <div><dt className="text-xs text-slate-600">{label}</dt><dd>{value}</dd></div>
  );
  const actions = [
    c.staffActions.includes("verify") ? <VerifyForm key="verify" id={c.id} version={c.version} /> : null,
    c.staffActions.includes("dispose") ? <DisposeForm key="dispose" id={c.id} version={c.version} units={units} defaultDue={c.dueAt && jakartaDateKey(c.dueAt) >= today ? jakartaDateKey(c.dueAt) : today} again={c.unitId !== null} /> : null,
    c.canFollowUp ? <FollowUpForm key="followup" id={c.id} version={c.version} today={today} /> : null,
    c.staffActions.includes("complete") ? <CompleteForm key="complete" id={c.id} version={c.version} /> : null,
    c.staffActions.includes("reject") ? <RejectForm key="reject" id={c.id} version={c.version} /> : null,
  ].filter(Boolean);

  return (
    <div>
      <p className="mb-2"><Link href="/petugas/pengaduan" data-shortcut="u" className="text-sm text-brand-700 underline">← {t("queueTitle")}</Link></p>
      <PageHeader
        title={t("detailTitle", { ticket: c.ticket })}
        actions={<StaffShortcuts page="complaint" />}
        description={<span className="flex flex-wrap gap-2"><ComplaintStatusBadge status={c.status} /><SlaBadge state={c.sla} /><PrivacyBadge privacy={c.privacy} /></span>}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card>
            <h2 className="sr-only">{t("facts")}</h2>
            <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4">
              {fact(t("colReceived"), when(c.createdAt))}
              {fact(t("classification"), tc(`classification.${c.classification}`))}
              {fact(t("colCategory"), c.category)}
              {fact(t("channel"), tc(`channel.${c.channel}`))}
              {fact(t("verifyDue"), when(c.verifyDueAt))}
              {c.track ? fact(t("trackLabel"), tc(`track.${c.track}`)) : null}
              {c.dueAt ? fact(t("due"), when(c.dueAt)) : null}
              {c.unit ? fact(t("colUnit"), c.unit) : null}
              {c.enteredBy ? fact(t("enteredBy"), c.enteredBy) : null}
              {c.reopenCount ? fact(t("reopened", { count: c.reopenCount }), "") : null}
            </dl>
          </Card>

          <Card>
            <h2 className="mb-2 font-semibold">{t("reporter")}</h2>
            {c.reporterHidden ? (
              <div className="text-sm">
                <p>{t("reporterHidden")}</p>
                {c.canReveal ? (
                  <p className="mt-1">{t("reporterHiddenAdmin")} <Link href={`/admin/pengaduan-pelapor/${c.id}`} className="text-brand-700 underline">{t("revealLink")}</Link></p>
                ) : null}
              </div>
            ) : c.reporter ? (
              <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4">
                {fact(t("reporter"), c.reporter.name)}
                {c.reporter.nik ? fact(t("nik"), <span className="font-mono">{c.reporter.nik}</span>) : null}
                {c.reporter.phone ? fact(t("phone"), c.reporter.phone) : null}
                {c.reporter.email ? fact(t("email"), c.reporter.email) : null}
              </dl>
            ) : (
              <p className="text-sm">{t("noReporter")}</p>
            )}
          </Card>

          <Card>
            <h2 className="text-lg font-semibold">{c.title}</h2>
            <p className="mt-2 whitespace-pre-line">{c.description}</p>
            {c.locationText ? <p className="mt-3 text-sm"><span className="text-slate-600">{t("location")}:</span> {c.locationText}</p> : null}
            {c.latitude !== null && c.longitude !== null ? (
              <p className="mt-1 text-sm"><span className="text-slate-600">{t("mapPoint")}:</span> <MapLink lat={c.latitude} lng={c.longitude} label={tc("form.openMap")} /></p>
            ) : null}
            {c.photos.length ? <div className="mt-3"><PhotoGrid fileIds={c.photos} label={t("photos")} /></div> : null}
            {c.mediaUrl ? (
              <p className="mt-3 text-sm">
                <span className="text-slate-600">{t("mediaUrl")}:</span> <span className="break-all font-mono">{c.mediaUrl}</span>
                <span className="block text-slate-600">{t("mediaUrlHint")}</span>
              </p>
            ) : null}
            {c.status === "REJECTED" && c.rejectReason ? (
              <p className="mt-3 text-sm">
                {tc(`rejectReason.${c.rejectReason}`)}
                {c.duplicateOf ? <> · <Link href={`/petugas/pengaduan/${c.duplicateOf.id}`} className="font-mono text-brand-700 underline">{c.duplicateOf.ticket}</Link></> : null}
                {c.referredTo ? ` · ${c.referredTo}` : null}
              </p>
            ) : null}
          </Card>

          {c.dispositions.length ? (
            <section aria-labelledby="dispositions-title">
              <h2 id="dispositions-title" className="mb-2 text-lg font-semibold">{t("dispositions")}</h2>
              <ul className="space-y-2">
                {c.dispositions.map((d) => (
                  <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                    <p className="font-medium">{d.unit} · {tc(`instruction.${d.instruction}`)} · {t("dueOn", { date: format.dateTime(d.dueAt, { dateStyle: "medium" }) })}</p>
                    <p className="text-slate-600">{when(d.createdAt)}</p>
                    {d.note ? <p className="mt-1 whitespace-pre-line">{d.note}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {c.followUps.length ? (
            <section aria-labelledby="followups-title">
              <h2 id="followups-title" className="mb-2 text-lg font-semibold">{t("followUps")}</h2>
              <ul className="space-y-2">
                {c.followUps.map((f) => (
                  <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                    <p className="font-medium">{format.dateTime(f.actionDate, { dateStyle: "medium", timeZone: "UTC" })} · {f.unit}</p>
                    <p className="mt-1 whitespace-pre-line">{f.note}</p>
                    {f.photos.length ? <div className="mt-2"><PhotoGrid fileIds={f.photos} label={t("resultPhotos")} /></div> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <ComplaintTimeline
            title={t("timeline")}
            items={c.events.map((e) => ({ key: e.id, type: e.type, at: e.createdAt, note: e.note, actor: e.byReporter ? t("byReporter") : e.actorName }))}
          />
          <ConversationSection actor={actor} target={{ complaintId: c.id }} />
          {/* An Anonim reporter's address is never shown to handling staff. */}
          <SentMessages target={{ type: "complaint", id: c.id }} audience="staff" hideAddress={c.privacy === "ANONIM"} />
        </div>
        <aside className="space-y-4" aria-label={t("facts")}>
          {actions.length ? actions : <p className="text-sm text-slate-600">{t("noActions")}</p>}
          {!c.canFollowUp && c.unit && (c.status === "DISPOSED" || c.status === "FOLLOWED_UP") ? (
            <p className="text-sm text-slate-600">{t("notYourUnit", { unit: c.unit })}</p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
