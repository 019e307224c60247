import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";

type Tone = "slate" | "green" | "amber" | "red" | "sky";

const statusTone: Record<string, Tone> = {
  SUBMITTED: "sky",
  VERIFIED: "sky",
  DISPOSED: "amber",
  FOLLOWED_UP: "amber",
  COMPLETED: "green",
  CLOSED: "green",
  REJECTED: "slate",
};

const slaTone: Record<string, Tone> = { ON_TRACK: "green", DUE_SOON: "amber", OVERDUE: "red", PAUSED: "slate" };

export function ComplaintStatusBadge({ status }: { status: string }) {
  const t = useTranslations("complaints.status");
  return <Badge tone={statusTone[status] ?? "slate"}>{t(status)}</Badge>;
}

export function SlaBadge({ state }: { state: string | null }) {
  const t = useTranslations("complaints.sla");
  if (!state) return <span className="text-slate-500">–</span>;
  return <Badge tone={slaTone[state] ?? "slate"}>{t(state)}</Badge>;
}

export function PrivacyBadge({ privacy }: { privacy: string }) {
  const t = useTranslations("complaints.privacy");
  return <Badge tone={privacy === "PUBLIK" ? "slate" : "amber"}>{t(privacy)}</Badge>;
}
