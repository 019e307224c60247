import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { checkCredentials } from "@/lib/auth/credentials";
import { clientIpFrom } from "@/lib/http/client-ip";

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

function clientIp(request: Request): string | null {
  return clientIpFrom(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip"));
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const identifier = String(credentials?.identifier ?? "");
        const password = String(credentials?.password ?? "");
        const result = await checkCredentials(identifier, password, clientIp(request));
        if (!result.ok) throw new SignInRefused(result.error);
        return result.user;
      },
    }),
  ],
});
