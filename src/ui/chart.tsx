/**
 * A chart drawn by uPlot, which loads on first use as its own chunk (kept out
 * of the first download; the service worker precaches it for offline use).
 * The chart is a picture for sighted readers: it is hidden from assistive
 * technology, and the figure it sits in must give the same figures as a table.
 */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';

/** Builds the chart's options once the library is loaded, for a width in CSS pixels. */
export type ChartOptions = (
  lib: typeof uPlot,
  width: number,
) => Omit<uPlot.Options, 'width' | 'height'>;

interface ChartProps {
  /** Memoise both: a new value redraws the chart. */
  options: ChartOptions;
  data: uPlot.AlignedData;
  height: number;
  /** Called each time the chart has been drawn with its data. */
  onDrawn?: () => void;
}

let loading: Promise<typeof uPlot> | undefined;

async function importUplot(): Promise<typeof uPlot> {
  const [{ default: lib }] = await Promise.all([
    import('uplot'),
    import('uplot/dist/uPlot.min.css'),
  ]);
  return lib;
}

/** Loads uPlot once; a failed load is tried again by the next chart. */
function loadUplot(): Promise<typeof uPlot> {
  loading ??= importUplot().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts loading the chart library ahead of the first chart. */
export function preloadChart(): Promise<unknown> {
  return loadUplot().catch(() => undefined);
}

export function Chart({ options, data, height, onDrawn }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: uPlot | undefined;
    let active = true;
    const resize = new ResizeObserver(() => {
      plot?.setSize({ width: element.clientWidth, height });
    });
    loadUplot()
      .then((lib) => {
        if (!active) return;
        const width = element.clientWidth;
        plot = new lib(
          { ...options(lib, width), width, height },
          data,
          element,
        );
        resize.observe(element);
        // uPlot draws in a microtask queued by its constructor: this one
        // comes after it.
        if (onDrawn) queueMicrotask(onDrawn);
      })
      // The table beside the chart carries the figures: say why, go on.
      .catch((error: unknown) => console.error('Chart not drawn', error));
    return () => {
      active = false;
      resize.disconnect();
      plot?.destroy();
    };
  }, [options, data, height, onDrawn]);
  return (
    <div
      ref={box}
      className="chart"
      style={{ minHeight: height }}
      aria-hidden="true"
    />
  );
}
