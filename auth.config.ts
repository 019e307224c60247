import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/auth/policy";

declare module "next-auth" {
  interface User {
    role: Role;
    officeId: string;
  }
  interface Session {
    user: { id: string; name: string; role: Role; officeId: string };
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
