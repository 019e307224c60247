import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/auth/policy";

declare module "next-auth" {
  interface User {
    role: Role;
    officeId: string;
  }
  interface Session {
    /** authTime: when this session signed in (ms since epoch); older than a password change = refused. */
    user: { id: string; name: string; role: Role; officeId: string; authTime: number };
  }
}

// Database-free part of the configuration (JWT shape, pages, logging); auth.ts adds the provider.
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/masuk" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.officeId = user.officeId;
        token.name = user.name;
        // `iat` is renewed whenever the cookie is re-issued; the sign-in time is kept separately so
        // a password change can end every session that signed in before it (lib/auth/actor.ts).
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub as string,
        role: token.role as Role,
        officeId: token.officeId as string,
        name: (token.name as string) ?? "",
        authTime: typeof token.authTime === "number" ? token.authTime : 0,
      };
      return session;
    },
  },
  logger: {
    // Wrong passwords are expected; Auth.js would log each with a full stack trace.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
