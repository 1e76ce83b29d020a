/* Swedish messages for workbook checks; part of the one catalogue in issues/messages.sv.ts. */
export const checkMessagesSv = {} as const;
