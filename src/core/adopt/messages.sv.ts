/* Swedish messages for adoption (turning a hand-made workbook into an Uppsikt workbook); part of the one
   catalogue in issues/messages.sv.ts. */
export const adoptMessagesSv = {} as const;
