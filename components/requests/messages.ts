import "server-only";
import { getMessages } from "next-intl/server";
import type { ActionLabels, ApplyLabels, RequestMessages, StartLabels } from "./labels";

/** The reader's "requests" messages, for building the labels of client components. */
export async function requestMessages(): Promise<RequestMessages> {
  const messages = await getMessages();
  const requests = messages.requests as Omit<RequestMessages, "fieldErrors"> & { fieldErrors: Record<string, string> };
  const fields = messages.fields as { errors: Record<string, string> };
  return { ...requests, fieldErrors: { ...fields.errors, ...requests.fieldErrors } } as RequestMessages;
}

export function applyLabels(m: RequestMessages): ApplyLabels {
  return { form: m.form, errors: m.errors, fieldErrors: m.fieldErrors };
}

export function startLabels(m: RequestMessages): StartLabels {
  return { start: m.start, errors: m.errors, fieldErrors: m.fieldErrors, relations: m.relations, submitting: m.form.review.submitting };
}

export function actionLabels(m: RequestMessages): ActionLabels {
  const { back, discard, discardConfirm, discardYes, discardOffline } = m.form;
  return { detail: m.detail, errors: m.errors, form: { back, discard, discardConfirm, discardYes, discardOffline } };
}
