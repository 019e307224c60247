import type { namespaces } from "./config";

export type Namespace = (typeof namespaces)[number];
type Messages = Record<string, unknown>;

/**
 * Only the named namespaces of the messages, for a NextIntlClientProvider: client components
 * get the words their area needs instead of every message of the app in each page's payload.
 */
export function pick(messages: Messages, keep: readonly Namespace[]): Messages {
  return Object.fromEntries(keep.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
