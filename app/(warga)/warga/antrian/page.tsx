import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { listMyTickets } from "@/lib/antrian/data/resident";
import { requireActor } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.resident"))("title") };
}

export default async function MyQueuePage() {
  const actor = await requireActor("queue.book");
  const [t, ts, tickets] = await Promise.all([getTranslations("antrian.resident"), getTranslations("antrian.status"), listMyTickets(actor)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} actions={<ButtonLink href="/warga/antrian/baru">{t("book")}</ButtonLink>} />
      {tickets.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {tickets.map((tk) => (
            <li key={tk.id}>
              <Link href={`/warga/antrian/${tk.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-700">
                <span className="flex items-center justify-between gap-2">
                  <span className="text-2xl font-bold tabular-nums">{tk.number}</span>
                  <Badge tone={tk.status === "BOOKED" || tk.status === "WAITING" ? "sky" : tk.status === "DONE" ? "green" : "slate"}>{ts(tk.status)}</Badge>
                </span>
                <span className="block text-slate-700">{tk.queueService.name} · {tk.office.name}</span>
                <span className="block text-sm text-slate-600">
                  {tk.day.toISOString().slice(0, 10)}
                  {tk.slot ? ` · ${tk.slot.startsAt.toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit" })}` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
