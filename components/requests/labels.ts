import type requests from "@/messages/id/requests.json";

// The request pages' client components get their words as plain strings from the server page
// (see requestMessages in ./messages.ts), so these pages ship no i18n library to the phone.
// Both languages have the same keys; the Indonesian file gives the shape.
export type RequestMessages = typeof requests;

export type ApplyLabels = Pick<RequestMessages, "form" | "errors" | "fieldErrors">;
export type StartLabels = Pick<RequestMessages, "start" | "errors" | "fieldErrors" | "relations"> & { submitting: string };
export type ActionLabels = Pick<RequestMessages, "detail" | "errors"> & {
  form: Pick<RequestMessages["form"], "back" | "discard" | "discardConfirm" | "discardYes">;
};
