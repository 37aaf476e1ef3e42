import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's or step's main heading. It takes focus when it appears, so a screen-reader or keyboard user lands at
 * the start of the new content after every navigation.
 */
export function FocusHeading({
  level = 1,
  children,
  focusKey,
}: {
  level?: 1 | 2;
  children: ReactNode;
  focusKey?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.body.dataset.initialLoad === 'done') ref.current?.focus({ preventScroll: false });
    document.body.dataset.initialLoad = 'done';
  }, [focusKey]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} className={`utrecht-heading-${level} zs-focus-heading`}>
      {children}
    </Tag>
  );
}
