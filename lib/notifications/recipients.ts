// Pure decision of which deliveries one event makes for one recipient: channels from the
// recipient's preferences (or the mandatory rule), addresses, quiet hours.
import type { NotificationChannel } from "./channel-names";
import { eventSpec, type EventKey } from "./events";
import { normalizePhone } from "./phone";
import { nextSendTime } from "./quiet-hours";

export type Preference = { email: boolean; sms: boolean; whatsapp: boolean; push: boolean };

export type Reachable = {
  email: string | null;
  phone: string | null;
  pushSubscriptionIds: string[];
  preference: Preference | null;
};

/** Without a saved choice: e-mail and push; SMS only for someone who has no e-mail address. */
export function defaultPreference(r: Pick<Reachable, "email">): Preference {
  return { email: true, sms: !r.email, whatsapp: false, push: true };
}

export type PlannedDelivery = { channel: NotificationChannel; address: string; runAt: Date };

export function planDeliveries(event: EventKey, r: Reachable, now: Date): PlannedDelivery[] {
  const spec = eventSpec(event)!;
  const pref = r.preference ?? defaultPreference(r);
  const phone = normalizePhone(r.phone);
  const phoneAt = spec.ignoresQuietHours ? now : nextSendTime(now);
  const out: PlannedDelivery[] = [];
  if (spec.mandatory) {
    // Mandatory events ignore preferences: every address we have, WhatsApp only if chosen.
    if (r.email) out.push({ channel: "EMAIL", address: r.email, runAt: now });
    if (phone) out.push({ channel: pref.whatsapp ? "WHATSAPP" : "SMS", address: phone, runAt: phoneAt });
    return out;
  }
  if (pref.email && r.email) out.push({ channel: "EMAIL", address: r.email, runAt: now });
  if (pref.sms && phone) out.push({ channel: "SMS", address: phone, runAt: phoneAt });
  if (pref.whatsapp && phone) out.push({ channel: "WHATSAPP", address: phone, runAt: phoneAt });
  if (pref.push) for (const id of r.pushSubscriptionIds) out.push({ channel: "PUSH", address: id, runAt: now });
  return out;
}
