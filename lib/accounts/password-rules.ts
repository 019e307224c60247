/** Shortest password accepted (shared by the server schema and the forms' checks). */
export const PASSWORD_MIN = 8;
