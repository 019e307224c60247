import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { OfficeHome } from "@/components/offices/office-home";
import { RequestList } from "@/components/requests/request-list";
import { requireActor } from "@/lib/auth";
import { getOfficeHome } from "@/lib/offices/home";
import { listOpenOwnRequests, residentTodos } from "@/lib/requests/data/resident";
import { TodoBanners } from "@/components/requests/todo-banners";
import { ChannelSuggestion } from "@/components/notifications/channel-suggestion";
import { InstallButton } from "@/components/pwa/install-button";
import { PushToggle } from "@/components/pwa/push-toggle";

const quickLinks = [
  { href: "/layanan", key: "apply" },
  { href: "/warga/permohonan", key: "history" },
  { href: "/warga/pengaduan", key: "complaints" },
  { href: "/profil", key: "profile" },
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.titles");
  return { title: t("residentHome") };
}

export default async function ResidentHomePage() {
  const actor = await requireActor("resident.self");
  const now = new Date();
  const [t, tp, tn, open, home, todos] = await Promise.all([
    getTranslations("requests.home"), getTranslations("common.pwa"), getTranslations("common.push"),
    listOpenOwnRequests(actor, 5), getOfficeHome(actor.officeId, now), residentTodos(actor, now),
  ]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("greeting", { name: actor.name.split(" ")[0] })}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <TodoBanners todos={todos} />
      <ChannelSuggestion actor={actor} />
      <InstallButton label={tp("install")} hint={tp("installHint")} />
      <PushToggle words={{ enable: tn("enable"), enabled: tn("enabled"), disable: tn("disable"), denied: tn("denied"), failed: tn("failed"), hint: tn("hint") }} />

      <section aria-labelledby="quick">
        <h2 id="quick" className="sr-only">{t("quick")}</h2>
        <ul className="grid grid-cols-2 gap-3">
          {quickLinks.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className={`flex h-full min-h-20 flex-col justify-center rounded-xl border p-3 shadow-sm ${
                  link.key === "apply" ? "border-brand-700 bg-brand-700 text-white" : "border-slate-200 bg-white hover:border-brand-600"
                }`}
              >
                <span className="font-semibold">{t(link.key)}</span>
                <span className={`text-sm ${link.key === "apply" ? "text-brand-50" : "text-slate-600"}`}>{t(`${link.key}Hint`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open">
        <h2 id="open" className="mb-3 text-xl font-semibold">{t("open")}</h2>
        {open.length === 0 ? <p className="text-slate-700">{t("noOpen")}</p> : <RequestList items={open} />}
        <p className="mt-3">
          <Link href="/warga/permohonan" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            {t("seeAll")} →
          </Link>
        </p>
      </section>

      {home ? <OfficeHome home={home} /> : null}
    </div>
  );
}
