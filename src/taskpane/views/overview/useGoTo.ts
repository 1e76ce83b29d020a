import { useState } from 'react';
import type { WorkbookPort } from '../../../usecases/port/WorkbookPort';
import type { OverviewItem } from '../../../usecases/overviewRegister';
import { errorText } from '../../useAction';

/** *Gå till* an item's cell, and the error of the last attempt (cleared by one that works). */
export function useGoTo(port: WorkbookPort): { goTo: (item: OverviewItem) => void; goError?: string } {
  const [goError, setGoError] = useState<string>();
  const goTo = (item: OverviewItem) =>
    void port.select(item.sheet, item.cell).then(
      () => setGoError(undefined),
      (e: unknown) => setGoError(errorText(e)),
    );
  return { goTo, goError };
}
