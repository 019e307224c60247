import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { TodayHours } from "@/lib/offices/hours";

/** Today's service hours and whether the office is open right now. */
export async function TodayHoursLine({ hours }: { hours: TodayHours }) {
  const t = await getTranslations("news.home");
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800" data-testid="today-hours">
      {hours.openNow ? <Badge tone="green">{t("openNow")}</Badge> : <Badge tone="red">{t("closedNow")}</Badge>}
      <span>
        {hours.open
          ? t("hoursToday", { open: hours.openTime, close: hours.closeTime })
          : `${t("closedToday")} · ${hours.reason === "holiday" ? t("holiday", { name: hours.holidayName ?? "" }) : t("weekend")}`}
      </span>
    </p>
  );
}
