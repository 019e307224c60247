import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BookForm } from "@/components/antrian/book-form";
import { Card, PageHeader } from "@/components/ui/card";
import { listBookableServices } from "@/lib/antrian/data/public";
import { attachableRequests, bookableDays, bookingBlock, slotChoices } from "@/lib/antrian/data/resident";
import { requireActor } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.book"))("title") };
}

type Search = Promise<{ layanan?: string; tanggal?: string }>;

const stepLink = "flex min-h-12 items-center justify-between rounded-lg border border-slate-300 bg-white px-4 py-2 hover:border-brand-700";

/** Three steps on one page, each choice kept in the URL: service → date → slot. Works without JavaScript up to the last step. */
export default async function BookPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("queue.book");
  const { layanan, tanggal } = await searchParams;
  const [t, te, tc, format, services] = await Promise.all([
    getTranslations("antrian.book"), getTranslations("antrian.errors"), getTranslations("antrian.closedReason"), getFormatter(), listBookableServices(),
  ]);
  const service = services.find((s) => s.id === layanan);
  // Suspended for repeated no-shows at this office: said before any date is chosen.
  const block = service ? await bookingBlock(actor, service.officeId) : { blocked: false as const };
  const days = service && !block.blocked ? await bookableDays(service.id) : null;
  const day = days?.find((d) => d.day === tanggal && d.open)?.day;
  const choices = service && day ? await slotChoices(service.id, day) : null;
  const requests = service && day ? await attachableRequests(actor, service.serviceId, service.officeId) : [];
  const dayLabel = (key: string) => format.dateTime(new Date(`${key}T05:00:00Z`), { weekday: "short", day: "numeric", month: "short" });

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} />
      <Card>
        <h2 className="text-lg font-semibold">{t("stepService")}</h2>
        {service ? (
          <p className="mt-2 flex items-center justify-between gap-2">
            <span><strong>{service.prefix} · {service.name}</strong><br /><span className="text-sm text-slate-600">{service.office.name}</span></span>
            <Link href="/warga/antrian/baru" className="text-brand-700 underline">{t("change")}</Link>
          </p>
        ) : services.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noServices")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {services.map((s) => (
              <li key={s.id}>
                <Link href={`/warga/antrian/baru?layanan=${s.id}`} className={stepLink}>
                  <span><strong>{s.prefix} · {s.name}</strong><br /><span className="text-sm text-slate-600">{s.office.name}{s.requireVerifiedRequest ? ` · ${t("needsRequest")}` : ""}</span></span>
                  <span aria-hidden="true">›</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {block.blocked ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {te("blocked", { until: format.dateTime(block.until, { dateStyle: "long", timeZone: "Asia/Jakarta" }) })}
        </p>
      ) : null}
      {service && days ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("stepDate")}</h2>
          <ul className="mt-2 grid grid-cols-3 gap-2">
            {days.map((d) => (
              <li key={d.day}>
                {d.open ? (
                  <Link data-testid={`day-${d.day}`} href={`/warga/antrian/baru?layanan=${service.id}&tanggal=${d.day}`} aria-current={d.day === day ? "date" : undefined} className={`flex min-h-12 items-center justify-center rounded-lg border px-2 text-center text-sm ${d.day === day ? "border-brand-700 bg-brand-50 font-semibold ring-2 ring-brand-700" : "border-slate-300 bg-white"}`}>
                    {dayLabel(d.day)}
                  </Link>
                ) : (
                  <span className="flex min-h-12 items-center justify-center rounded-lg bg-slate-100 px-2 text-center text-sm text-slate-600">{dayLabel(d.day)}</span>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {service && day && choices ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("stepSlot")}</h2>
          {!choices.open ? (
            <p className="mt-2">{tc(choices.reason)}</p>
          ) : choices.slots.length === 0 ? (
            <p className="mt-2">{t("noSlots")}</p>
          ) : (
            <div className="mt-2">
              <BookForm
                queueServiceId={service.id}
                day={day}
                slots={choices.slots.map((s) => ({ start: s.start, end: s.end, left: s.left }))}
                requests={requests.filter((r) => !service.requireVerifiedRequest || r.verified).map((r) => ({ id: r.id, label: `${r.number ?? ""} · ${r.service.name}`, verified: r.verified }))}
                requestRequired={service.requireVerifiedRequest}
                labels={{
                  slot: t("stepSlot"), left: t.raw("left") as string, full: t("full"), request: service.requireVerifiedRequest ? t("requestRequired") : t("request"),
                  requestNone: t("requestNone"), verified: t("verified"), submit: t("submit"), submitting: t("submitting"),
                  errors: Object.fromEntries(["quota_full", "already_booked", "blocked", "day_closed", "slot_unavailable", "request_required", "request_not_verified", "not_found", "rate_limited", "invalid_input", "forbidden", "network", "unknown"].map((k) => [k, te.raw(k) as string])),
                }}
              />
            </div>
          )}
        </Card>
      ) : null}
    </div>
  );
}
