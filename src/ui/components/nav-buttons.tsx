import { Button, ButtonGroup } from '@utrecht/component-library-react';

export type NavAction = { label: string; onClick: () => void };

/**
 * The buttons under a step of a flow (the scan, the workshop): back, a side step such as the overview or closing,
 * and the way on. With a way on, back and the side step stay together on the left so the main button stands apart on
 * the right.
 */
export function NavButtons({ back, aside, next }: { back: NavAction; aside?: NavAction; next?: NavAction }) {
  const left = (
    <>
      <Button appearance="secondary-action-button" onClick={back.onClick}>
        {back.label}
      </Button>
      {aside && (
        <Button appearance="subtle-button" onClick={aside.onClick}>
          {aside.label}
        </Button>
      )}
    </>
  );
  return (
    <div className="zs-nav-buttons">
      {aside && next ? <ButtonGroup>{left}</ButtonGroup> : left}
      {next && (
        <Button appearance="primary-action-button" onClick={next.onClick}>
          {next.label}
        </Button>
      )}
    </div>
  );
}
