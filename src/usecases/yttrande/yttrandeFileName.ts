import { safeFileName } from '../report/reportFileNames';
import type { YttrandeModel } from './YttrandeModel';

/**
 * The file name the pane gives a downloaded yttrande: the granskning's id and the nämnd, safe on every system.
 *
 * @param model - The yttrande.
 * @returns A .docx file name.
 * @example
 * yttrandeFileName({ granskningId: 'G2', namnd: 'Kultur/fritid', … }) //=> 'Yttrande G2 Kultur-fritid.docx'
 */
export function yttrandeFileName(model: Pick<YttrandeModel, 'granskningId' | 'namnd'>): string {
  return `${safeFileName(`Yttrande ${model.granskningId} ${model.namnd}`)}.docx`;
}
