"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Select } from "@/components/ui/field";
import { changeSubjectAction, startRequestAction } from "@/lib/requests/actions/resident";
import { fill, textFor } from "@/i18n/fill";
import { OTHER_PERSON, RELATIONS } from "@/lib/requests/constants";
import { SUBJECT_FIELDS, subjectCodes, type SubjectField, type SubjectValues } from "@/lib/requests/subject";
import type { StartLabels } from "./labels";
import { StartSubjectFields } from "./start-subject-fields";

type Person = { id: string; fullName: string };
type Allowed = { self: boolean; household: boolean; other: boolean };
/**
 * Changing the choice of an existing request (its for-whom page): the current values, and in a
 * correction `only` the other person's fields staff pointed at (the rest is shown read-only).
 */
export type SubjectEdit = { requestId: string; who: string; relation: string; subject: SubjectValues; only?: SubjectField[] };

/**
 * "Who is this request for", as far as the service allows: the resident, someone on the same
 * family card (with the relation), or another person outside the KK (name, NIK, relationship).
 */
export function StartForm({ serviceId, self, household, allowed, edit, labels: L }: { serviceId?: string; self: Person; household: Person[]; allowed: Allowed; edit?: SubjectEdit; labels: StartLabels }) {
  const [state, action, pending] = useActionState(edit ? changeSubjectAction : startRequestAction, null);
  const choices = [...(allowed.self ? [self] : []), ...(allowed.household ? household : []), ...(allowed.other ? [{ id: OTHER_PERSON, fullName: L.start.other }] : [])];
  const [who, setWho] = useState(edit?.who ?? choices[0]?.id ?? "");
  const [relation, setRelation] = useState(edit?.relation ?? "");
  const [subject, setSubject] = useState<SubjectValues>(edit?.subject ?? { subjectName: "", subjectNik: "", subjectRelation: "" });
  const locked = edit?.only ? new Set<string>(SUBJECT_FIELDS.filter((f) => !edit.only!.includes(f))) : undefined;
  // Checked here, not by the browser's "required" bubble: each message sits at its field.
  const [local, setLocal] = useState<Record<string, string>>({});
  const member = who !== self.id && who !== OTHER_PERSON;
  const other = who === OTHER_PERSON;
  const server = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formRef = useRef<HTMLFormElement>(null);
  // The server's refusal (also of a form sent before the page had loaded its script) puts the
  // cursor in the first field it refused, as the browser-side check does.
  useEffect(() => {
    const first = state && !state.ok ? Object.keys(state.fieldErrors ?? {})[0] : undefined;
    const field = first ? formRef.current?.elements.namedItem(first) : null;
    if (field instanceof HTMLElement) field.focus();
  }, [state]);
  const errors: Record<string, string | undefined> = { ...server, ...local };
  const relationError = member ? (local.relation ?? server.relation) : undefined;
  const shownErrors = Object.keys(errors).filter((k) => errors[k] && (k === "relation" ? member : k.startsWith("subject") ? other : true));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Sent by hand (not the form's own action) so React does not clear what was typed when the server refuses it.
    event.preventDefault();
    const form = event.currentTarget;
    const found: Record<string, string> = {};
    if (member && !relation) found.relation = "relation_required";
    if (other) Object.assign(found, Object.fromEntries(Object.entries(subjectCodes(subject)).filter(([k]) => !locked?.has(k))));
    setLocal(found);
    const first = Object.keys(found)[0];
    if (first) {
      (form.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    const data = new FormData(form);
    startTransition(() => action(data));
  };
  const change = (name: keyof SubjectValues, value: string) => {
    setSubject((s) => ({ ...s, [name]: value }));
    setLocal(({ [name]: _gone, ...rest }) => rest);
  };

  if (choices.length === 0 && !edit?.only) return <FormAlert tone="info">{L.start.noneAllowed}</FormAlert>;
  return (
    <form ref={formRef} action={action} onSubmit={submit} noValidate className="space-y-4">
      {edit ? <input type="hidden" name="requestId" value={edit.requestId} /> : <input type="hidden" name="serviceId" value={serviceId} />}
      {state && !state.ok && shownErrors.length === 0 ? <FormAlert>{textFor(L.errors, state.error, L.errors.invalid)}</FormAlert> : null}
      {edit?.only ? <input type="hidden" name="residentId" value={OTHER_PERSON} /> : <fieldset>
        <legend className="text-base font-semibold">{L.start.who}</legend>
        {allowed.household && household.length > 0 ? <p className="text-sm text-slate-600">{L.start.whoHint}</p> : null}
        {!allowed.self ? <p className="text-sm text-slate-600">{L.start.notForSelf}</p> : null}
        <div className="mt-2 space-y-2">
          {choices.map((person) => (
            <label key={person.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="residentId" value={person.id} checked={who === person.id} onChange={() => { setWho(person.id); setLocal({}); }} className="h-5 w-5 shrink-0 accent-brand-700" />
              <span>{person.id === self.id ? fill(L.start.self, { name: person.fullName }) : person.fullName}</span>
            </label>
          ))}
        </div>
      </fieldset>}
      {member ? (
        <Field id="relation" label={L.start.relation} required error={relationError ? textFor(L.fieldErrors, relationError, L.errors.invalid) : undefined}>
          {(aria) => (
            <Select {...aria} name="relation" value={relation} required onChange={(e) => { setRelation(e.target.value); setLocal({}); }}>
              <option value="" disabled>{L.start.chooseRelation}</option>
              {RELATIONS.filter((r) => r !== "SELF").map((r) => (
                <option key={r} value={r}>{L.relations[r as keyof StartLabels["relations"]]}</option>
              ))}
            </Select>
          )}
        </Field>
      ) : other ? (
        <StartSubjectFields values={subject} errors={errors} onChange={change} labels={L} readOnly={locked} />
      ) : (
        <input type="hidden" name="relation" value="SELF" />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? L.submitting : edit ? L.start.save : L.start.continue}
      </Button>
    </form>
  );
}
