import { useEffect, useState } from 'react';
import type { RegisterData } from '../../../core';
import type { YearSoFar } from '../../../usecases/recordResult/yearSoFar';

/**
 * The internkontrollplan's year so far: controlOverview's numbers, the same as `uppsikt utfall`. Its code is a
 * chunk loaded after the first view, so the pane's start bundle does not grow with it.
 *
 * @param register - The register, or undefined when the workbook has nothing to count.
 */
export function useYearSoFar(register: RegisterData | undefined): YearSoFar | undefined {
  const [year, setYear] = useState<YearSoFar>();
  useEffect(() => {
    let alive = true;
    if (register)
      import(/* webpackChunkName: "year-so-far" */ '../../../usecases/recordResult/yearSoFar').then(
        (m) => alive && setYear(m.yearSoFar(register)),
        () => undefined, // without the chunk (network) Översikt shows the rest, as before
      );
    else setYear(undefined);
    return () => {
      alive = false;
    };
  }, [register]);
  return year;
}
