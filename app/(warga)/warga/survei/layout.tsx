import { IntlProvider } from "@/i18n/client-provider";

// The survey form is a client component that uses next-intl (see i18n/client-provider.tsx).
export default function ResidentSurveyLayout({ children }: { children: React.ReactNode }) {
  return <IntlProvider namespaces={["common", "survey"]}>{children}</IntlProvider>;
}
