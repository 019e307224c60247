import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pick, type Namespace } from "./pick";

// The root layout has no NextIntlClientProvider (it would put use-intl on every page, ~12 KB
// gzip, against the 150 KB first-load budget of resident pages). Layouts of areas whose client
// components call useTranslations / useFormatter wrap their children in this instead; locale,
// time zone and "now" are inherited from i18n/request.ts.
export async function IntlProvider({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pick(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}
