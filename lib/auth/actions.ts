"use server";

import { signOutUser } from "@/lib/auth";

export async function logoutAction() {
  await signOutUser();
}
