import type { Role } from "./policy";

/** Who is calling: derived on the server from the session and the database, never from the client. */
export type Actor = {
  userId: string;
  name: string;
  role: Role;
  officeId: string;
  unitIds: string[];
  servicePointIds: string[];
  residentId: string | null;
  ip: string | null;
  userAgent: string | null;
  /** The account's "hemat data" choice (null: follow the phone); absent where not loaded. */
  dataSaver?: boolean | null;
};
