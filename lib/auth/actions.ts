"use server";

import { signOutUser } from "@/lib/auth";

// Signing out needs no pipeline: it only ends the caller's own session, whoever they are.
export async function logoutAction() {
  await signOutUser();
}
