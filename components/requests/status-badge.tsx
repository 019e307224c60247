import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { RequestStatus } from "@/lib/requests/workflow";

const tones: Record<RequestStatus, "slate" | "green" | "amber" | "red" | "sky"> = {
  DRAFT: "slate",
  SUBMITTED: "sky",
  VERIFIED: "sky",
  NEEDS_CORRECTION: "amber",
  PROCESSING: "sky",
  COMPLETED: "green",
  REJECTED: "red",
  CANCELLED: "slate",
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations("requests.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
