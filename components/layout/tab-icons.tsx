import type { TabIcon } from "./nav";

// Outline icons of the resident tab bar (inline SVG: no image request, no client JavaScript).
const paths: Record<TabIcon, string[]> = {
  home: ["M3 10.5 12 3l9 7.5", "M5 9v11h5v-6h4v6h5V9"],
  requests: ["M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z", "M14 3v5h5", "M8 13h8", "M8 17h5"],
  complaints: ["M4 5h16v11H9l-5 4z", "M12 8v3", "M12 13.5v.01"],
  queue: ["M4 7h16v4a2 2 0 0 0 0 4v4H4v-4a2 2 0 0 0 0-4z", "M10 7v12"],
  more: ["M5 12h.01", "M12 12h.01", "M19 12h.01"],
};

export function TabIconSvg({ name }: { name: TabIcon }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth={name === "more" ? 3 : 2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {paths[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
