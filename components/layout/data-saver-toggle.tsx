import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { dataSaverState } from "@/lib/http/data-saver";

/**
 * This phone's "hemat data" switch: a plain form posting to /hemat-data (a cookie, so it works
 * signed out too, on the public home, catalogue and tracking). When the account has its own
 * choice, that one decides: the switch says so and points to the profile instead.
 */
export async function DataSaverToggle({ compact = false }: { compact?: boolean }) {
  const [t, state] = await Promise.all([getTranslations("common.dataSaver"), dataSaverState()]);
  const button = compact
    ? "min-h-11 rounded-lg px-2 font-medium text-brand-700 underline underline-offset-2 hover:bg-slate-100"
    : "min-h-12 rounded-lg border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50";
  if (state.source === "account") {
    return (
      <p className={compact ? "flex flex-wrap items-center gap-2 text-sm" : "mt-2"}>
        <span className="font-medium">{state.on ? t("footerOn") : t("footerOff")}.</span> <span>{t("byAccount")}</span>{" "}
        <Link href="/profil" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{t("changeInProfile")}</Link>
      </p>
    );
  }
  return (
    <form method="post" action="/hemat-data" className={compact ? "flex flex-wrap items-center gap-2 text-sm" : "mt-3"}>
      {compact ? <span className="font-medium">{state.on ? t("footerOn") : t("footerOff")}</span> : <p className="mb-3 font-medium">{state.on ? t("on") : t("off")}</p>}
      <input type="hidden" name="hemat" value={state.on ? "0" : "1"} />
      <button type="submit" className={button}>{state.on ? t("turnOff") : t("turnOn")}</button>
    </form>
  );
}
