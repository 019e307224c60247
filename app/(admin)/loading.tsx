export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="py-10 text-center text-slate-600">
      <span className="inline-block h-6 w-6 animate-spin rounded-full border-2 border-slate-300 border-t-brand-700" aria-hidden="true" />
      <span className="sr-only">Memuat…</span>
    </div>
  );
}
