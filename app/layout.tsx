import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

// Inter only where the screen is wide (staff desks, see globals.css): not preloaded, so a phone, which
// never renders with it, never downloads its 48 KB and uses its own system font (Roboto on Android).
const inter = localFont({ src: "./fonts/inter.woff2", variable: "--font-inter", display: "swap", preload: false });

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    // app/manifest.ts is linked by Next itself; iOS reads its own tags. The tab icon: SVG where the
    // browser takes it, the ICO for the rest (both written by scripts/pwa-icons.mjs).
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icons/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/icons/apple-touch-icon.png",
    },
    appleWebApp: { capable: true, title: t("appName"), statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f7a5c" };

// No NextIntlClientProvider here: see i18n/client-provider.tsx (first-load JS budget).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-dvh font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
