import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { SlaState } from "@/lib/requests/sla";

const slaTone = { ON_TRACK: "green", DUE_SOON: "amber", OVERDUE: "red", PAUSED: "sky" } as const;
const statusTone: Record<string, "slate" | "green" | "amber" | "red" | "sky"> = {
  SUBMITTED: "slate",
  VERIFIED: "sky",
  NEEDS_CORRECTION: "amber",
  PROCESSING: "sky",
  COMPLETED: "green",
  REJECTED: "red",
  CANCELLED: "slate",
};

/** SLA state as a coloured badge with its word (colour is never the only signal). */
export function SlaBadge({ state }: { state: SlaState | null }) {
  const t = useTranslations("staff.sla");
  if (!state) return <span className="text-slate-500">{t("none")}</span>;
  return <Badge tone={slaTone[state]}>{t(state)}</Badge>;
}

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("staff.status");
  return <Badge tone={statusTone[status] ?? "slate"}>{t(status)}</Badge>;
}
