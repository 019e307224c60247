// Words for the conversation client components, passed as plain strings from a server parent so
// resident pages ship no i18n library. Filled with i18n/fill.
export type ThreadWords = {
  empty: string;
  internalNote: string;
  composer: Record<"label" | "placeholder" | "staffPlaceholder" | "send" | "sending" | "attach" | "attachHint" | "remove" | "internal" | "cannedList" | "cannedNone", string>;
  author: Record<"me" | "staff" | "staffAnon" | "resident" | "anonymous" | "office", string>;
  system: Record<string, string>;
  errors: Record<string, string>;
  offline: string;
  /** WhatsApp receipts of staff replies relayed to the resident's WhatsApp. */
  waStatus: Record<string, string>;
};
