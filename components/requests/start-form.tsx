"use client";
import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Select } from "@/components/ui/field";
import { startRequestAction } from "@/lib/requests/actions/resident";
import { fill, textFor } from "@/i18n/fill";
import { RELATIONS } from "@/lib/requests/constants";
import type { StartLabels } from "./labels";

type Person = { id: string; fullName: string };

/** "Who is this request for": the resident or someone on the same family card, with the relation. */
export function StartForm({ serviceId, self, household, labels: L }: { serviceId: string; self: Person; household: Person[]; labels: StartLabels }) {
  const [state, action, pending] = useActionState(startRequestAction, null);
  const [who, setWho] = useState(self.id);
  const other = who !== self.id;
  // Checked here, not by the browser's "required" bubble: the message sits at the field like every other.
  const [relationMissing, setRelationMissing] = useState(false);
  const relationError = relationMissing ? "relation_required" : state && !state.ok ? state.fieldErrors?.relation : undefined;
  const checkRelation = (event: FormEvent<HTMLFormElement>) => {
    const select = event.currentTarget.elements.namedItem("relation");
    if (other && select instanceof HTMLSelectElement && !select.value) {
      event.preventDefault();
      setRelationMissing(true);
      select.focus();
    }
  };
  return (
    <form action={action} onSubmit={checkRelation} noValidate className="space-y-4">
      <input type="hidden" name="serviceId" value={serviceId} />
      {state && !state.ok && !relationError ? <FormAlert>{textFor(L.errors, state.error, L.errors.invalid)}</FormAlert> : null}
      <fieldset>
        <legend className="text-base font-semibold">{L.start.who}</legend>
        {household.length > 0 ? <p className="text-sm text-slate-600">{L.start.whoHint}</p> : null}
        <div className="mt-2 space-y-2">
          {[self, ...household].map((person) => (
            <label key={person.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="residentId" value={person.id} checked={who === person.id} onChange={() => { setWho(person.id); setRelationMissing(false); }} className="h-5 w-5 accent-brand-700" />
              <span>{person.id === self.id ? fill(L.start.self, { name: person.fullName }) : person.fullName}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {other ? (
        <Field id="relation" label={L.start.relation} required error={relationError ? textFor(L.fieldErrors, relationError, L.errors.invalid) : undefined}>
          {(aria) => (
            <Select {...aria} name="relation" defaultValue="" required onChange={() => setRelationMissing(false)}>
              <option value="" disabled>{L.start.chooseRelation}</option>
              {RELATIONS.filter((r) => r !== "SELF").map((r) => (
                <option key={r} value={r}>{L.relations[r as keyof StartLabels["relations"]]}</option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="relation" value="SELF" />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? L.submitting : L.start.continue}
      </Button>
    </form>
  );
}
