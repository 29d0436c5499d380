import { FieldsetLegend, Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** The heading of a step, as a level-2 heading so screen-reader users can jump between steps. */
export function StepHeading({ children }: { children: ReactNode }) {
  return <Heading2 className="sp-legend-heading">{children}</Heading2>;
}

/** A fieldset legend that is also the step's heading. */
export function StepLegend({ children }: { children: ReactNode }) {
  return (
    <FieldsetLegend className="sp-step-legend">
      <StepHeading>{children}</StepHeading>
    </FieldsetLegend>
  );
}
