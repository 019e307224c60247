import "server-only";
import { getTranslations } from "next-intl/server";
import type { TodayLabels } from "./today-status";
import type { TvLabels } from "./tv-board";

// Words for the resident-facing live widgets, passed as props so those pages ship no i18n library.
export async function todayLabels(): Promise<TodayLabels> {
  const t = await getTranslations("antrian.today");
  return { title: t("title"), counter: t("counter"), idle: t("idle"), waiting: t("waiting"), estimate: t("estimate"), next: t("next"), offline: t("offline"), none: t("none"), minutes: t("minutes") };
}

export async function tvLabels(): Promise<TvLabels> {
  const t = await getTranslations("antrian.tv");
  return { nowServing: t("nowServing"), counter: t("counter"), next: t("next"), idle: t("idle"), enableSound: t("enableSound"), soundOn: t("soundOn"), offline: t("offline"), waiting: t("waiting") };
}
