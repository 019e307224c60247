"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { verifyResidentAction } from "@/lib/residents/actions";

export function VerifyButtons({ residentId, canAdopt, labels }: { residentId: string; canAdopt: boolean; labels: { mark: string; adopt: string } }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = (useRegister: boolean) =>
    start(async () => {
      const result = await verifyResidentAction({ residentId, useRegister });
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap gap-2">
      <Button disabled={pending} onClick={() => run(false)}>{labels.mark}</Button>
      {canAdopt ? <Button variant="secondary" disabled={pending} onClick={() => run(true)}>{labels.adopt}</Button> : null}
    </div>
  );
}
