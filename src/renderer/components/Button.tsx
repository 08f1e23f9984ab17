// The app's button (styles.css: .button and its looks). Always a plain button unless it is the
// form's submit, so no button submits a dialog's form by accident; the look is named, not spelled
// out as classes at every use.
import type { ComponentPropsWithRef } from 'react';

interface ButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'type' | 'className'> {
  look: 'primary' | 'quiet' | 'suggestion';
  /** 'small' in lists and beside the cursor; 'icon' for a symbol whose name is its aria-label. */
  size?: 'small' | 'icon';
  /** The submit button of the form around it. */
  submit?: boolean;
}

export function Button({ look, size, submit = false, ...button }: ButtonProps): React.JSX.Element {
  const className = `button button--${look}${size ? ` button--${size}` : ''}`;
  return <button type={submit ? 'submit' : 'button'} className={className} {...button} />;
}
