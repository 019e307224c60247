import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CheckInBox } from "@/components/antrian/check-in-box";
import { CounterScreen } from "@/components/antrian/counter-screen";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { counterScreen, myCounters } from "@/lib/antrian/data/staff";
import { requireActor } from "@/lib/auth";
import { getPublicOfficeById } from "@/lib/antrian/data/office";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.counter"))("title") };
}

type Search = Promise<{ loket?: string }>;

export default async function CounterPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("queue.operate");
  const [t, counters, office] = await Promise.all([getTranslations("antrian.counter"), myCounters(actor), getPublicOfficeById(actor.officeId)]);
  const { loket } = await searchParams;
  const chosen = counters.find((c) => c.id === loket) ?? counters[0];
  const screen = chosen ? await counterScreen(actor, chosen.id) : null;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <>
            <ButtonLink href="/petugas/antrian/ambil" size="sm" variant="secondary">{t("walkIn")}</ButtonLink>
            <ButtonLink href={`/kios/${office?.slug ?? ""}`} size="sm" variant="secondary">{t("kiosk")}</ButtonLink>
            <ButtonLink href={`/tv/${office?.slug ?? ""}`} size="sm" variant="secondary">{t("tv")}</ButtonLink>
          </>
        }
      />
      {counters.length === 0 ? <p>{t("noCounters")}</p> : null}
      {counters.length > 1 ? (
        <nav aria-label={t("choose")} className="flex flex-wrap gap-2">
          {counters.map((c) => (
            <Link key={c.id} href={`/petugas/antrian?loket=${c.id}`} aria-current={c.id === chosen?.id ? "page" : undefined} className={`rounded-lg border px-3 py-1.5 text-sm ${c.id === chosen?.id ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white"}`}>
              {t("current", { n: c.number })}
            </Link>
          ))}
        </nav>
      ) : null}
      <CheckInBox />
      {screen ? (
        <>
          <p className="text-sm text-slate-600">{t("bookedNotArrived", { n: screen.bookedNotArrived })}</p>
          <CounterScreen
            counterId={screen.counter.id}
            counterNumber={screen.counter.number}
            officeSlug={office?.slug ?? ""}
            current={
              screen.current
                ? {
                    id: screen.current.id, number: screen.current.number, status: screen.current.status, priority: screen.current.priority, recalls: screen.current.recalls,
                    serviceName: screen.current.queueService.name, residentName: screen.current.resident?.fullName ?? null,
                    request: screen.current.request ? { id: screen.current.request.id, number: screen.current.request.number, serviceName: screen.current.request.service.name, verified: screen.current.requestVerified } : null,
                  }
                : null
            }
            waiting={screen.waiting.map((w) => ({ id: w.id, number: w.number, priority: w.priority, serviceName: w.queueService.name, hasRequest: Boolean(w.requestId), reserved: w.counterId === screen.counter.id }))}
            services={screen.services}
            counters={screen.counters}
          />
        </>
      ) : null}
    </div>
  );
}
