"use client";

import { useEffect, useRef, useState } from "react";
import type { QueueStatus } from "@/lib/antrian/data/public";
import { announcementClips, announcementText } from "@/lib/antrian/speech";
import { queueEventsUrl, useLive } from "./use-live";

export type TvLabels = { nowServing: string; counter: string; next: string; idle: string; enableSound: string; soundOn: string; offline: string; waiting: string };

function playClip(src: string): Promise<void> {
  return new Promise((resolve) => {
    const audio = new Audio(src);
    audio.onended = () => resolve();
    audio.onerror = () => resolve();
    audio.play().catch(() => resolve());
  });
}

/** Speech synthesis in Indonesian when the browser has a voice for it, else the recorded clips. */
async function announce(number: string, counter: number) {
  await playClip("/antrian/chime.wav");
  const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
  const voice = synth?.getVoices().find((v) => v.lang.toLowerCase().startsWith("id"));
  if (synth && voice) {
    await new Promise<void>((resolve) => {
      const u = new SpeechSynthesisUtterance(announcementText(number, counter));
      u.lang = "id-ID";
      u.voice = voice;
      u.rate = 0.9;
      u.onend = () => resolve();
      u.onerror = () => resolve();
      synth.speak(u);
    });
    return;
  }
  for (const clip of announcementClips(number, counter)) await playClip(`/antrian/suara/${clip}.wav`);
}

/** The waiting-room TV: now serving per loket, the next numbers, and a spoken call for each new or recalled number. */
export function TvBoard({ initial, labels }: { initial: QueueStatus; labels: TvLabels }) {
  const { data, online } = useLive(`/api/antrian/${initial.office.slug}/status`, initial, 2000, queueEventsUrl(initial.office.slug));
  const [sound, setSound] = useState(false);
  const seen = useRef(new Map(initial.counters.map((c) => [c.number, c.announceKey])));
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [flash, setFlash] = useState<number | null>(null);

  useEffect(() => {
    for (const c of data.counters) {
      const before = seen.current.get(c.number);
      seen.current.set(c.number, c.announceKey);
      if (c.announceKey && c.announceKey !== before && c.status === "CALLED" && c.ticket) {
        const { ticket, number } = c;
        setFlash(number);
        if (sound) queue.current = queue.current.then(() => announce(ticket, number));
      }
    }
  }, [data, sound]);

  const enable = () => {
    setSound(true);
    // A user gesture unlocks audio and speech on TVs and kiosks.
    void playClip("/antrian/chime.wav");
    window.speechSynthesis?.getVoices();
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div className="flex min-h-dvh flex-col bg-slate-950 p-6 text-white">
      <header className="flex items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{data.office.name}</h1>
        <div className="flex items-center gap-3">
          {!online ? <span className="rounded bg-amber-500 px-3 py-1 text-lg font-semibold text-black" role="status">{labels.offline}</span> : null}
          {sound ? (
            <span className="text-lg text-emerald-300">{labels.soundOn}</span>
          ) : (
            <button type="button" onClick={enable} className="rounded-lg bg-emerald-600 px-5 py-3 text-xl font-semibold hover:bg-emerald-500">
              {labels.enableSound}
            </button>
          )}
        </div>
      </header>
      <main id="main" className="mt-6 grid flex-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="tv-now">
          <h2 id="tv-now" className="text-2xl text-slate-300">{labels.nowServing}</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-live="assertive">
            {data.counters.map((c) => (
              <li key={c.number} data-testid={`tv-counter-${c.number}`} className={`rounded-2xl p-6 ${flash === c.number ? "bg-emerald-700" : "bg-slate-800"}`}>
                <span className="block text-2xl text-slate-200">{labels.counter} {c.number}</span>
                <span className="mt-2 block text-7xl font-black tabular-nums tracking-tight">{c.ticket ?? labels.idle}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="tv-next" className="rounded-2xl bg-slate-900 p-6">
          <h2 id="tv-next" className="text-2xl text-slate-300">{labels.next}</h2>
          <ol className="mt-4 space-y-2 text-4xl font-bold tabular-nums">
            {data.next.map((n) => <li key={n}>{n}</li>)}
          </ol>
          <ul className="mt-6 space-y-1 text-xl text-slate-300">
            {data.services.map((s) => <li key={s.id}>{s.prefix} · {labels.waiting}: {s.waiting}</li>)}
          </ul>
        </section>
      </main>
    </div>
  );
}
