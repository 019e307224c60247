"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { assignAction, completeOnSpotAction, processAction, verifyAction, verifyAndProcessAction } from "@/lib/requests/actions/staff";
import type { RequestAction } from "@/lib/requests/workflow";
import { ActionAlert } from "./action-alert";
import { CompleteForm } from "./complete-form";
import { CorrectionForm } from "./correction-form";
import { HandoverForm } from "./handover-form";
import { RejectForm } from "./reject-form";
import { useStaffAction } from "./use-action";

export type ActionPanelProps = {
  id: string;
  version: number;
  actions: RequestAction[];
  assigneeId: string | null;
  assignees: { id: string; name: string }[];
  userId: string;
  open: boolean;
  requirements: { code: string; label: string }[];
  /** The service has a letter template (issue 12): completing may generate the letter. */
  letterTemplate?: boolean;
  /** Filed at a desk and not yet done: "selesai di tempat" completes and hands it over now. */
  onSpot?: boolean;
  /** The next open request of the queue, offered after an action. */
  nextHref?: string | null;
  /** Completed for pick-up and not yet collected: the hand-over form. */
  handover?: boolean;
};

/** Everything staff can do to a request in its current status; each form sends the version it showed. */
export function RequestActions(props: ActionPanelProps) {
  const t = useTranslations("staff.actions");
  const target = { id: props.id, version: props.version };
  return (
    <div className="space-y-4">
      {props.open ? <AssignForm {...props} /> : null}
      {props.actions.includes("verify") || props.actions.includes("process") || props.onSpot ? <SimpleTransitions {...props} /> : null}
      {props.handover ? <HandoverForm target={target} /> : null}
      {props.actions.includes("requestCorrection") ? <CorrectionForm target={target} requirements={props.requirements} /> : null}
      {props.actions.includes("complete") ? <CompleteForm target={target} letter={props.letterTemplate} /> : null}
      {props.actions.includes("reject") ? <RejectForm target={target} /> : null}
      {!props.open && props.actions.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
    </div>
  );
}

function AssignForm({ id, version, assigneeId, assignees, userId }: ActionPanelProps) {
  const t = useTranslations("staff.actions");
  const action = useStaffAction();
  const [value, setValue] = useState(assigneeId ?? "");
  return (
    <section aria-labelledby="assign-h" className="rounded-lg border border-slate-200 bg-white p-3">
      <h3 id="assign-h" className="mb-2 font-semibold">{t("assign")}</h3>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <Field id="assignee" label={t("assignTo")}>
            {(aria) => (
              <Select {...aria} value={value} onChange={(e) => setValue(e.target.value)} className="py-1.5 text-sm">
                <option value="">{t("unassign")}</option>
                {assignees.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </Select>
            )}
          </Field>
        </div>
        <Button size="sm" disabled={action.pending} onClick={() => action.run(() => assignAction({ id, version, assigneeId: value || null }))}>
          {t("save")}
        </Button>
        {assigneeId !== userId ? (
          <Button size="sm" variant="secondary" data-shortcut="a" disabled={action.pending} onClick={() => { setValue(userId); action.run(() => assignAction({ id, version, assigneeId: userId })); }}>
            {t("assignMe")}
          </Button>
        ) : null}
      </div>
      <div className="mt-2"><ActionAlert error={action.error} done={action.done} onReload={action.reload} /></div>
    </section>
  );
}

function SimpleTransitions({ id, version, actions, onSpot, nextHref }: ActionPanelProps) {
  const t = useTranslations("staff.actions");
  const action = useStaffAction();
  const [note, setNote] = useState("");
  const go = (call: typeof verifyAction) => action.run(() => call({ id, version, note }), () => setNote(""));
  return (
    <section aria-labelledby="status-h" className="rounded-lg border border-slate-200 bg-white p-3">
      <h3 id="status-h" className="mb-2 font-semibold">{t("title")}</h3>
      <Field id="transition-note" label={t("publicNote")}>
        {(aria) => <Textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} className="text-sm" />}
      </Field>
      <div className="mt-2 flex flex-wrap gap-2">
        {actions.includes("verify") ? <Button size="sm" data-shortcut="v" disabled={action.pending} onClick={() => go(verifyAndProcessAction)} title={t("verifyProcessHint")}>{t("verifyProcess")}</Button> : null}
        {actions.includes("verify") ? <Button size="sm" variant="secondary" disabled={action.pending} onClick={() => go(verifyAction)} title={t("verifyHint")}>{t("verify")}</Button> : null}
        {actions.includes("process") ? <Button size="sm" data-shortcut="p" disabled={action.pending} onClick={() => go(processAction)}>{t("process")}</Button> : null}
        {onSpot ? <Button size="sm" variant="secondary" disabled={action.pending} onClick={() => go(completeOnSpotAction)} title={t("onSpotHint")}>{t("onSpot")}</Button> : null}
      </div>
      <div className="mt-2"><ActionAlert error={action.error} done={action.done} onReload={action.reload} nextHref={nextHref} /></div>
    </section>
  );
}
