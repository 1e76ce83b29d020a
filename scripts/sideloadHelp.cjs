// What `npm start` prints on Linux, where Excel for the desktop does not exist: first file mode (the pane on an
// .xlsx in a plain browser, nothing to install), then the steps for Excel on the web. CommonJS so that Jest
// (which runs the tests as CommonJS) can import it as it is.
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
    '     (Avancerat → Fortsätt till localhost). Sidan visar då filläget; det är rätt.',
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
    'En arbetsbok med exempeldata går också att skapa från kommandoraden, i en annan terminal:',
    '',
    '       npx uppsikt init --exempel exempel.xlsx',
    '',
    'och öppna exempel.xlsx i filläget, i LibreOffice Calc eller i Excel på webben.',
  ].join('\n');
}

/**
 * File mode, in Swedish: the URL to open in a browser to work on an .xlsx without Excel.
 * @param {{ origin?: string }} options
 * @returns {string}
 */
function fileModeHelp({ origin = DEV_ORIGIN } = {}) {
  return [
    'Utan Excel (filläge): öppna den här adressen i webbläsaren och arbeta direkt på en .xlsx-fil:',
    '',
    `       ${origin}/taskpane.html`,
    '',
    '  Godkänn det självsignerade certifikatet första gången (Avancerat → Fortsätt till localhost). Välj',
    '  Öppna arbetsbok (.xlsx) eller dra filen till sidan, eller Ny arbetsbok med exempel. Alla vyer fungerar på',
    '  filen, och Spara skriver tillbaka den (eller laddar ned den med samma namn). Filen lämnar aldrig datorn:',
    '  sidan hämtar ingenting utanför servern.',
  ].join('\n');
}

/**
 * Everything `npm start` prints on Linux once the server answers: file mode first, then Excel on the web.
 * @param {{ manifestPath: string, origin?: string }} options
 * @returns {string}
 */
function linuxStartHelp({ manifestPath, origin = DEV_ORIGIN }) {
  return [fileModeHelp({ origin }), '', '', linuxSideloadHelp({ manifestPath, origin })].join('\n');
}

module.exports = { linuxStartHelp, fileModeHelp, linuxSideloadHelp, DEV_ORIGIN };
