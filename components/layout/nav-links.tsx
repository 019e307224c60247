"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { currentLink } from "./nav-match";

export type NavLinkItem = { href: string; label: string; badge?: ReactNode; icon?: ReactNode; also?: readonly string[] };

/** The links of a menu with aria-current on the page the reader is on (the only client part of the menus). */
export function NavLinks({ items, variant }: { items: NavLinkItem[]; variant: "bar" | "tabs" }) {
  const current = currentLink(usePathname(), items);
  if (variant === "tabs") {
    return (
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`relative flex min-h-16 flex-col items-center justify-center gap-0.5 px-0.5 text-[11px] font-medium leading-tight tracking-tight ${
                  active ? "text-brand-800" : "text-slate-700"
                }`}
              >
                <span aria-hidden="true" className={`flex h-8 w-14 items-center justify-center rounded-full ${active ? "bg-brand-50" : ""}`}>
                  {item.icon}
                </span>
                <span className="max-w-full whitespace-nowrap">{item.label}</span>
                {item.badge}
              </Link>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? "page" : undefined}
            className="flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
          >
            {item.label}
            {item.badge}
          </Link>
        </li>
      ))}
    </ul>
  );
}
