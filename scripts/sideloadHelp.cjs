// What `npm start` prints on Linux, where Excel for the desktop does not exist. CommonJS so that Jest (which
// runs the tests as CommonJS) can import it as it is.
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Step-by-step instructions, in Swedish, for loading the add-in into Excel on the web.
 * @param {{ manifestPath: string, origin?: string }} options manifestPath: absolute path of manifest.xml
 * @returns {string}
 */
function linuxSideloadHelp({ manifestPath, origin = DEV_ORIGIN }) {
  return [
    'Excel för skrivbordet finns inte för Linux. Läs in Uppsikt i Excel på webben medan servern är igång:',
    '',
    `  1. Öppna ${origin}/taskpane.html en gång i webbläsaren och godkänn det självsignerade certifikatet`,
    '     (Avancerat → Fortsätt till localhost). Sidan säger då att Uppsikt måste öppnas från Excel; det är rätt.',
    '  2. Öppna Excel på webben (office.com), logga in och öppna en arbetsbok eller skapa en ny.',
    '  3. Välj Infoga → Tillägg (Insert → Add-ins; i nyare versioner Start → Tillägg) → Fler inställningar',
    '     (More Settings) → Ladda upp mitt tillägg (Upload My Add-in).',
    '  4. Välj den här filen och klicka på Ladda upp:',
    `       ${manifestPath}`,
    '  5. Knappen Uppsikt finns nu på fliken Start (Home). Prova funktionerna i en cell:',
    '       =IK.RISKVÄRDE(3;4)    (ger 12; i engelskspråkig Excel =IK.RISKSCORE(3,4))',
    '',
    'Excel sparar funktionernas beskrivning (functions.json) i upp till ett dygn: höj <Version> i manifest.xml',
    'när funktionerna ändras och ladda upp manifestet igen. Mer i docs/sideload.md.',
    '',
    'Vill du se en färdig Uppsikt-arbetsbok utan Excel? Skapa en med exempeldata i en annan terminal:',
    '',
    '       npx uppsikt init --exempel exempel.xlsx',
    '',
    'och öppna exempel.xlsx i LibreOffice Calc (eller i Excel på webben).',
  ].join('\n');
}

module.exports = { linuxSideloadHelp, DEV_ORIGIN };
