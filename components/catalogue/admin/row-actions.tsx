"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { moveRequirementAction, setRequirementActiveAction, setServiceActiveAction } from "@/lib/catalogue/actions";

export function ServiceActiveToggle({ serviceId, active }: { serviceId: string; active: boolean }) {
  const t = useTranslations("catalogue.admin");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant={active ? "danger" : "secondary"}
      size="sm"
      disabled={pending}
      onClick={() => start(async () => { await setServiceActiveAction(serviceId, !active); router.refresh(); })}
    >
      {active ? t("deactivate") : t("activate")}
    </Button>
  );
}

/** Up / down / (de)activate for one requirement row; keyboard reachable, labelled with the requirement. */
export function RequirementRowActions({ serviceId, requirementId, label, active, first, last }: {
  serviceId: string; requirementId: string; label: string; active: boolean; first: boolean; last: boolean;
}) {
  const t = useTranslations("catalogue.admin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<unknown>) => start(async () => { await fn(); router.refresh(); });
  return (
    <div className="flex flex-wrap gap-1">
      {active ? (
        <>
          <Button size="sm" variant="secondary" disabled={pending || first} aria-label={t("requirements.moveUp", { label })} onClick={() => run(() => moveRequirementAction(serviceId, requirementId, "up"))}>↑</Button>
          <Button size="sm" variant="secondary" disabled={pending || last} aria-label={t("requirements.moveDown", { label })} onClick={() => run(() => moveRequirementAction(serviceId, requirementId, "down"))}>↓</Button>
        </>
      ) : null}
      <Button size="sm" variant={active ? "ghost" : "secondary"} disabled={pending} onClick={() => run(() => setRequirementActiveAction(serviceId, requirementId, !active))}>
        {active ? t("deactivate") : t("activate")}
      </Button>
    </div>
  );
}
