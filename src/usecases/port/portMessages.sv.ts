import { errorsOf } from '../../core';

/*
 * Swedish sentences both WorkbookPort adapters say, so the task pane reads the same text whether it works on
 * the workbook in Excel or on a file.
 */
export const portMessages = {
  noSheet: (p: { sheet: string }) => `Fliken ${p.sheet} finns inte i arbetsboken.`,
  missingTable: (p: { table: string }) => `Tabellen ${p.table} finns inte i arbetsboken; skapa strukturen under Skapa / uppgradera först.`,
  noScale: 'Arbetsboken har ingen skala (namnet Skala på Inställningar); skapa strukturen under Skapa / uppgradera först.',
} as const;

/** The same sentences as errors to throw: `portErrors.noSheet({ sheet })`. */
export const portErrors = errorsOf('port', portMessages);
