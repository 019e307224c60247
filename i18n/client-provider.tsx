import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { WordsProvider } from "./lean";
import { pick, type Namespace } from "./pick";

// The root layout has no NextIntlClientProvider (it would put use-intl on every page, ~12 KB
// gzip, against the first-load budget of resident pages). Layouts of areas whose client
// components call useTranslations / useFormatter wrap their children in this instead; locale,
// time zone and "now" are inherited from i18n/request.ts. It also provides the same words to
// components written with i18n/lean (forms shared with resident pages, which use
// LeanIntlProvider alone).
export async function IntlProvider({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = pick(await getMessages(), namespaces);
  return (
    <NextIntlClientProvider messages={messages}>
      <WordsProvider messages={messages as Parameters<typeof WordsProvider>[0]["messages"]}>{children}</WordsProvider>
    </NextIntlClientProvider>
  );
}
