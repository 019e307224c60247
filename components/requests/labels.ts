import type fields from "@/messages/id/fields.json";
import type requests from "@/messages/id/requests.json";

// The request pages' client components get their words as plain strings from the server page
// (see requestMessages in ./messages.ts), so these pages ship no i18n library to the phone.
// Both languages have the same keys; the Indonesian file gives the shape.
// fieldErrors joins the shared service-field words (fields.json, also used by the desk) with the
// request pages' own (replaced files, relation).
export type RequestMessages = Omit<typeof requests, "fieldErrors"> & { fieldErrors: typeof requests.fieldErrors & typeof fields.errors };

export type ApplyLabels = Pick<RequestMessages, "form" | "errors" | "fieldErrors">;
export type StartLabels = Pick<RequestMessages, "start" | "errors" | "fieldErrors" | "relations"> & { submitting: string };
export type ActionLabels = Pick<RequestMessages, "detail" | "errors"> & {
  form: Pick<RequestMessages["form"], "back" | "discard" | "discardConfirm" | "discardYes" | "discardOffline">;
};
