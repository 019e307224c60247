import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Optimistic redirect to the login page for signed-out visitors of protected areas.
// The real checks happen in every page's data access and every server action.
const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icons|fonts).*)"],
};
