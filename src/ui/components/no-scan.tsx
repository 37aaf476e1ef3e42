import { Link, Paragraph } from '@utrecht/component-library-react';
import { FocusHeading } from './focus-heading';
import { href } from '../router';

/** The page a screen that needs a scan shows when this device has no scan with a chosen role yet. */
export function NoScanPage({ title, text, back }: { title: string; text: string; back: string }) {
  return (
    <div className="zs-page">
      <FocusHeading>{title}</FocusHeading>
      <Paragraph>{text}</Paragraph>
      <Link href={href('start')}>{back}</Link>
    </div>
  );
}
