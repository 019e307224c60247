// Sends a form with upload progress and a way to cancel. fetch() reports no upload progress, so
// this is XMLHttpRequest: on slow 3G a photo takes a minute, and "Mengunggah…" alone for that long
// looks like a hang.

export type Progress = { loaded: number; total: number };
export type Sent = { status: number; body: unknown } | { status: "aborted" } | { status: "network" };

export function sendForm(url: string, form: FormData, onProgress: (p: Progress) => void): { done: Promise<Sent>; cancel: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Sent>((resolve) => {
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as unknown });
    xhr.onerror = () => resolve({ status: "network" });
    xhr.ontimeout = () => resolve({ status: "network" });
    xhr.onabort = () => resolve({ status: "aborted" });
    xhr.send(form);
  });
  return { done, cancel: () => xhr.abort() };
}

/** "45 %" of an upload, never 100 before the server has answered. */
export function percent(p: Progress | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.min(99, Math.floor((p.loaded / p.total) * 100));
}
