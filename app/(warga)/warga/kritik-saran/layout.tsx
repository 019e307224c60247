import { LeanIntlProvider } from "@/i18n/lean-provider";

// The feedback form is a client component that uses i18n/lean (see i18n/lean.tsx).
export default function ResidentFeedbackLayout({ children }: { children: React.ReactNode }) {
  return <LeanIntlProvider namespaces={["common", "complaints"]}>{children}</LeanIntlProvider>;
}
