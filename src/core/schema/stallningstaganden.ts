/**
 * What a nämnd answers the auditors about each recommendation, in its yttrande: the default list
 * Ställningstaganden on Inställningar (the kommun may change it there).
 */
export const STALLNINGSTAGANDEN = ['Instämmer', 'Instämmer delvis', 'Instämmer inte'] as const;
