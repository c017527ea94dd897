import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** The id of the element that names the region, usually the table's <caption>. */
  labelledBy: string;
  children: ReactNode;
}

/** Lets wide tables scroll sideways on narrow screens; focusable so keyboards can scroll it too. */
export function ScrollRegion({ labelledBy, children }: ScrollRegionProps) {
  return (
    <div className="scroll-region" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
