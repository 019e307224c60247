import { LeanIntlProvider } from "@/i18n/lean-provider";

// The survey form is a client component that uses i18n/lean (see i18n/lean.tsx).
export default function ResidentSurveyLayout({ children }: { children: React.ReactNode }) {
  return <LeanIntlProvider namespaces={["common", "survey"]}>{children}</LeanIntlProvider>;
}
