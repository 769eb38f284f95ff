import { useEffect } from 'react';
import { applyDataSaver } from './dataSaver';
import { usePreferences } from '@/features/reader-state/useReaderState';

/**
 * Keeps `html[data-save-data]` in step with the reader's choice, made in
 * Display in this tab or another. The pre-paint script set it for the page's
 * first paint; this runs from the reader companion, so it costs the entry nothing.
 */
export function useDataSaverAttribute() {
  const { dataSaver } = usePreferences().data;
  useEffect(() => {
    applyDataSaver(dataSaver);
  }, [dataSaver]);
}
