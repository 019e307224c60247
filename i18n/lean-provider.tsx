import type { ReactNode } from "react";
import { getMessages } from "next-intl/server";
import { WordsProvider } from "./lean";
import { pick, type Namespace } from "./pick";

/** Words for client components that use i18n/lean: the named namespaces only, and no i18n library in the page. */
export async function LeanIntlProvider({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  return <WordsProvider messages={pick(await getMessages(), namespaces) as Parameters<typeof WordsProvider>[0]["messages"]}>{children}</WordsProvider>;
}
