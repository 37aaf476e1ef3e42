import type { ReactNode } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';

/**
 * A part of a workshop screen, named by its heading, with an optional line of introduction. A section of the group
 * overview (`inOverview`) is laid out as a report section, and its heading takes focus when the table of contents
 * jumps to it.
 */
export function WorkshopBlock({
  id,
  title,
  intro,
  inOverview = false,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  inOverview?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={inOverview ? 'zs-report-section' : 'zs-workshop__block'}>
      <Heading2 id={id} tabIndex={inOverview ? -1 : undefined}>
        {title}
      </Heading2>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </section>
  );
}
