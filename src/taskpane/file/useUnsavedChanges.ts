import { useCallback, useEffect, useRef, useState } from 'react';
import { FILE_MODE_SV as SV } from './messages.sv';

/**
 * Whether the open workbook has unsaved changes, for rendering and, through a ref, for the browser's question
 * before the page is left. The workbook's hasUnsavedChanges is the truth; this mirrors it.
 */
export function useUnsavedChanges(): { unsaved: boolean; isUnsaved: () => boolean; markUnsaved: (value: boolean) => void } {
  const [unsaved, setUnsaved] = useState(false);
  const unsavedRef = useRef(false);

  const markUnsaved = useCallback((value: boolean) => {
    unsavedRef.current = value;
    setUnsaved(value);
  }, []);
  const isUnsaved = useCallback(() => unsavedRef.current, []);

  useEffect(() => {
    // The browser shows its own question (the text cannot be set); it appears only with unsaved changes.
    // preventDefault for current browsers, a non-empty returnValue for older ones.
    const ask = (e: BeforeUnloadEvent) => {
      if (!unsavedRef.current) return undefined;
      e.preventDefault();
      e.returnValue = SV.unsaved;
      return SV.unsaved;
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  return { unsaved, isUnsaved, markUnsaved };
}
