"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useErrorText } from "./use-error-text";

/** The outcome of an action; a conflict offers to reload the page, since nothing was overwritten. */
export function ActionAlert({ error, done, onReload, nextHref }: { error: string | null; done?: boolean; onReload: () => void; nextHref?: string | null }) {
  const ta = useTranslations("staff.actions");
  const errorText = useErrorText();
  if (error) {
    return (
      <FormAlert>
        <p>{errorText(error)}</p>
        {error === "conflict" ? (
          <Button size="sm" variant="secondary" className="mt-2" onClick={onReload}>
            {ta("reload")}
          </Button>
        ) : null}
      </FormAlert>
    );
  }
  if (!done) return null;
  return (
    <FormAlert tone="success">
      {ta("done")}
      {nextHref ? <> <Link href={nextHref} className="font-semibold underline">{ta("nextRequest")}</Link></> : null}
    </FormAlert>
  );
}
