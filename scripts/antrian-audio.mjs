// Generates the TV's recorded fallback: a two-tone chime (synthesised here) and Indonesian word
// clips spoken by espeak-ng (apt-get install espeak-ng). Run once: node scripts/antrian-audio.mjs
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const out = path.resolve(import.meta.dirname, "../public/antrian");
fs.mkdirSync(path.join(out, "suara"), { recursive: true });

function wav(samples, rate) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.max(-1, Math.min(1, s)) * 32767, i * 2));
  const h = Buffer.alloc(44);
  h.write("RIFF", 0); h.writeUInt32LE(36 + data.length, 4); h.write("WAVE", 8); h.write("fmt ", 12);
  h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22); h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28); h.writeUInt16LE(2, 32); h.writeUInt16LE(16, 34); h.write("data", 36); h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

// "Ding-dong": E5 then C5, each with a soft attack and exponential decay.
const rate = 16000;
const tone = (freq, seconds) => Array.from({ length: Math.floor(rate * seconds) }, (_, i) => {
  const t = i / rate;
  return 0.5 * Math.min(1, t * 200) * Math.exp(-3 * t) * (Math.sin(2 * Math.PI * freq * t) + 0.3 * Math.sin(4 * Math.PI * freq * t));
});
fs.writeFileSync(path.join(out, "chime.wav"), wav([...tone(659.25, 0.6), ...tone(523.25, 0.9)], rate));

const words = {
  "nomor-antrean": "nomor antrean",
  "silakan-menuju-loket": "silakan menuju loket",
  ...Object.fromEntries(["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu"].map((w) => [w, w])),
  // Every prefix the admin form allows (A–Z), spelled as a letter is read aloud in Indonesian.
  ...Object.fromEntries("abcdefghijklmnopqrstuvwxyz".split("").map((l) => [`huruf-${l}`, l.toUpperCase()])),
};
for (const [name, text] of Object.entries(words)) {
  execFileSync("espeak-ng", ["-v", "id", "-s", "135", "-a", "160", "-w", path.join(out, "suara", `${name}.wav`), text]);
}
console.log(`wrote chime and ${Object.keys(words).length} clips to ${out}`);
