"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { requestPasswordReset } from "./mutations/password-reset";
import { markAllRead, resendDelivery, savePreferences, saveTemplate, type TemplateInput } from "./mutations/inbox";
import { forgotSchema, idSchema, preferencesFromForm, preferencesSchema, templateSchema } from "./schema";
import type { EventCategory } from "./events";
import type { Preference } from "./recipients";

const formObject = (raw: unknown) => Object.fromEntries((raw as FormData).entries());

export const markAllReadAction = action({ permission: "signed-in", schema: idSchema.partial(), revalidate: ["/notifikasi"] }, async ({ actor }) => markAllRead(actor));

export async function markAllReadForm(formData: FormData): Promise<void> {
  await markAllReadAction(formObject(formData));
}

export const resendAction = action(
  { permission: "admin.manage", schema: idSchema, input: formObject, rateLimit: { name: "notify-resend", limit: 120, windowSeconds: 60, by: "actor" }, revalidate: ["/admin/notifikasi-gagal"] },
  async ({ actor, input }) => resendDelivery(actor, input.id),
);

export async function resendForm(formData: FormData): Promise<void> {
  const result = await resendAction(formData);
  redirect(`/admin/notifikasi-gagal?${result.ok ? "resent=1" : "error=not_found"}`);
}

export const saveTemplateAction = action(
  { permission: "admin.manage", schema: templateSchema, revalidate: ["/admin/templat-notifikasi"] },
  async ({ actor, input }) => saveTemplate(actor, input as TemplateInput),
);

export const savePreferencesAction = action(
  { permission: "signed-in", schema: preferencesSchema, input: preferencesFromForm, revalidate: ["/profil"] },
  async ({ actor, input }) => savePreferences(actor, input.prefs as { category: EventCategory; preference: Preference }[]),
);

export async function savePreferencesForm(formData: FormData): Promise<void> {
  const result = await savePreferencesAction(formData);
  redirect(`/profil?${result.ok ? "notif=saved" : "notif=error"}#pemberitahuan`);
}

export const forgotPasswordAction = action(
  {
    permission: "public", schema: forgotSchema, input: formObject,
    rateLimit: [{ name: "forgot-password", limit: 5, windowSeconds: 900, by: "ip" }],
  },
  async ({ input }) => requestPasswordReset(input.identifier),
);

export async function forgotPasswordForm(formData: FormData): Promise<void> {
  const result = await forgotPasswordAction(formData);
  redirect(`/lupa-sandi?${result.ok ? "sent=1" : `error=${result.error}`}`);
}
