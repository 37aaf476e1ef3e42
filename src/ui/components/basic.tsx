import type { HTMLAttributes, ReactNode } from 'react';

/*
 * NL Design System (Utrecht) CSS components as plain elements, for the start page's first load. The screens that load
 * later use @utrecht/component-library-react; importing that library here would pull all of it into the first load.
 */

export function Paragraph({
  lead,
  className,
  ...rest
}: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  const cls = ['utrecht-paragraph', lead ? 'utrecht-paragraph--lead' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <p className={cls} {...rest} />;
}

export function Heading2({ className, children, ...rest }: HTMLAttributes<HTMLHeadingElement>) {
  return (
    <h2 className={['utrecht-heading-2', className ?? ''].filter(Boolean).join(' ')} {...rest}>
      {children}
    </h2>
  );
}

export function UnorderedList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

export function UnorderedListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}

export function Alert({
  type = 'info',
  children,
}: {
  type?: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
