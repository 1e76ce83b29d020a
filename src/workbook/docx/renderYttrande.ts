import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { YttrandeModel, YttrandeRecommendation } from '../../usecases/yttrande/YttrandeModel';
import { yttrandeMessagesSv as M } from './messages.sv';

/*
 * The nämnd's yttrande as a Word document, written with the docx library (no hand-built XML). Headings use
 * Word's own Heading styles, the summary table's first row is a marked header row (repeated on every page,
 * announced by screen readers), and everything is in reading order: no text boxes, no floating objects.
 * Browser-safe: no Node module, so the pane imports it lazily and downloads the bytes.
 */

const SWEDISH = { value: 'sv-SE' };

const labelled = (label: string, value: string | null, missing = M.missingField) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value ?? missing)] });

// Twips per column (Nr, Ställningstagande, Planerad åtgärd, Ansvarig, Klart senast), filling A4 within Word's
// default margins; given on the grid and on every cell, since Word reads one and LibreOffice the other.
const WIDTHS = [500, 2000, 2800, 2200, 1500];
// The table in 10 pt, the text in 11: a date and a title such as Förvaltningschef stay on one line.
const TABLE_SIZE = 20;
const width = (column: number) => ({ size: WIDTHS[column], type: WidthType.DXA });
const headerCell = (text: string, column: number) =>
  new TableCell({ width: width(column), children: [new Paragraph({ children: [new TextRun({ text, bold: true, size: TABLE_SIZE })] })] });
const cell = (text: string, column: number) => new TableCell({ width: width(column), children: [new Paragraph({ children: [new TextRun({ text, size: TABLE_SIZE })] })] });

function recommendationBlock(r: YttrandeRecommendation): Paragraph[] {
  const blocks = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(M.recommendation({ nr: r.nr }))] }),
    new Paragraph({ children: [new TextRun({ text: `${M.recommendationText}: `, bold: true }), new TextRun({ text: r.rekommendation, italics: true })] }),
  ];
  if (!r.answered) return [...blocks, new Paragraph({ children: [new TextRun({ text: M.missingAnswer, bold: true })] })];
  return [
    ...blocks,
    labelled(M.stallningstagande, r.stallningstagande),
    labelled(M.svar, r.svar),
    labelled(M.atgard, r.atgard),
    labelled(M.ansvarig, r.ansvarig),
    labelled(M.klartSenast, r.klartSenast),
  ];
}

function summaryTable(model: YttrandeModel): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [M.nr, M.stallningstagande, M.atgard, M.ansvarig, M.klartSenast].map(headerCell),
  });
  const rows = model.recommendations.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          r.nr,
          r.answered ? (r.stallningstagande ?? M.missingField) : M.missingAnswer,
          r.answered ? (r.atgard ?? M.missingField) : '',
          r.answered ? (r.ansvarig ?? M.missingField) : '',
          r.answered ? (r.klartSenast ?? M.missingField) : '',
        ].map(cell),
      }),
  );
  return new Table({ width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: WIDTHS, rows: [header, ...rows] });
}

/**
 * Writes a yttrande as .docx bytes.
 *
 * @param model - The yttrande (buildYttrande).
 * @returns The document's bytes.
 * @example
 * await renderYttrande(buildYttrande(register, granskning, 'Socialnämnden')) // → Uint8Array (a .docx)
 */
export async function renderYttrande(model: YttrandeModel): Promise<Uint8Array> {
  const titel = model.ar === null || /\(\s*\d{4}\s*\)\s*$/.test(model.titel) ? model.titel : `${model.titel} (${model.ar})`;
  const facts = [
    labelled(M.namnd, model.namnd),
    labelled(M.granskning, titel),
    labelled(M.firm, model.revisionsforetag, M.notGiven),
    labelled(M.reportDate, model.rapportdatum, M.notGiven),
    labelled(M.answerBy, model.svarSenast, M.notGiven),
  ];
  const answers = model.recommendations.length === 0 ? [new Paragraph(M.noRecommendations)] : model.recommendations.flatMap(recommendationBlock);
  const summary =
    model.recommendations.length === 0
      ? []
      : [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(M.summaryHeading)] }),
          new Paragraph({ children: [new TextRun(M.summaryCaption({ titel }))] }),
          summaryTable(model),
        ];
  const document = new Document({
    title: M.heading({ titel }),
    subject: model.namnd,
    creator: 'Uppsikt',
    styles: {
      // Word's own Title and Heading styles (so its navigation pane, a PDF's bookmarks and screen readers see
      // the structure), sized for a nämnd's paper rather than Word's defaults.
      default: {
        document: { run: { language: SWEDISH, font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 60 } } },
        title: { run: { size: 36, color: '1F3864' }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { size: 28, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(M.heading({ titel }))] }),
          ...facts,
          new Paragraph({ spacing: { before: 200 }, children: [new TextRun(M.request({ namnd: model.namnd, date: model.svarSenast }))] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(M.answersHeading)] }),
          ...answers,
          ...summary,
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(M.decisionHeading)] }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(M.decision)] }),
          labelled(M.decisionDate, model.beslutsdatum, M.toComplete),
          labelled(M.paragraf, model.paragraf, M.toComplete),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
