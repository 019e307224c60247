"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const BRAND = "#0b634a";
const SECOND = "#94a3b8";

/**
 * Drawings only: the same numbers are in the table next to each chart, so the SVG is hidden from
 * screen readers and the figure carries a text label.
 */
export function MonthlyChart({ data, receivedLabel, completedLabel }: { data: { label: string; received: number; completed: number }[]; receivedLabel: string; completedLabel: string }) {
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 12, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="received" name={receivedLabel} fill={BRAND} isAnimationActive={false} />
          <Bar dataKey="completed" name={completedLabel} fill={SECOND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CategoryChart({ data }: { data: { name: string; count: number }[] }) {
  const height = Math.max(120, data.length * 34 + 30);
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="count" fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
