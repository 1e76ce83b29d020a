import { lossSentences, xlsxMessages } from '../../../src/workbook/xlsx';
import { cliMessagesSv } from '../../../src/cli/messages.sv';
import { xlsxErrors } from '../../../src/workbook/xlsx/messages.sv';

/*
 * One wording for what rewriting Uppsikt's own sheets drops, said by the CLI and by XlsxWorkbook (the pane):
 * the sentences per sheet are the same, only the way out and the ending differ.
 */
describe('lossSentences', () => {
  const losses = [
    { sheet: 'Riskanalys', what: 'ett diagram' },
    { sheet: 'Uppföljning', what: 'kommentarer' },
    { sheet: 'Riskanalys', what: 'en bild' },
    { sheet: 'Riskanalys', what: 'länkar' },
  ];

  test('one sentence per sheet, the kinds joined with "och"', () => {
    expect(lossSentences(losses, 'would')).toEqual([
      'Fliken Riskanalys har ett diagram, en bild och länkar som skulle försvinna.',
      'Fliken Uppföljning har kommentarer som skulle försvinna.',
    ]);
  });

  test('after a write the user allowed, in the past tense', () => {
    expect(lossSentences(losses.slice(0, 1), 'did')).toEqual(['Fliken Riskanalys hade ett diagram som har försvunnit.']);
  });

  test('the CLI and the pane refuse with the same sentences and their own endings', () => {
    const sentences = lossSentences(losses.slice(0, 1), 'would');
    const cli = xlsxMessages.losses(sentences, cliMessagesSv.allowLossHint, cliMessagesSv.noFileWritten);
    const pane = xlsxErrors.wouldLose({ losses: losses.slice(0, 1) }).message;
    expect(cli).toBe(
      'Fliken Riskanalys har ett diagram som skulle försvinna. Uppsikt skriver om sina egna flikar och kan inte behålla sådant på dem. ' +
        'Flytta det till en egen flik och försök igen, eller ange --tillat-forlust för att skriva ändå; ingen fil har skrivits.',
    );
    expect(pane).toBe(
      'Fliken Riskanalys har ett diagram som skulle försvinna. Uppsikt skriver om sina egna flikar och kan inte behålla sådant på dem. ' +
        'Flytta det till en egen flik och försök igen; inget har ändrats i arbetsboken.',
    );
  });
});
