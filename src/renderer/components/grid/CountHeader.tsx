// Header of a count column: the printed (or given) name and a small pencil to rename it.
// AG Grid sorts on a click anywhere in the header and listens on the header element itself;
// React's handlers run at the root, after that. So the pencil stops the click natively.
import { useEffect, useRef } from 'react';
import type { CustomInnerHeaderProps } from 'ag-grid-react';

export interface CountHeaderContext {
  requestRename(column: number): void;
}

export function CountHeader(props: CustomInnerHeaderProps & { countColumn: number }): React.JSX.Element {
  const pencil = useRef<HTMLSpanElement>(null);
  const { countColumn } = props;
  const context = props.context as CountHeaderContext;

  useEffect(() => {
    const element = pencil.current;
    if (!element) return undefined;
    const swallow = (event: Event) => event.stopPropagation();
    const rename = (event: Event) => {
      event.stopPropagation();
      context.requestRename(countColumn);
    };
    element.addEventListener('click', rename);
    element.addEventListener('mousedown', swallow);
    element.addEventListener('dblclick', swallow);
    return () => {
      element.removeEventListener('click', rename);
      element.removeEventListener('mousedown', swallow);
      element.removeEventListener('dblclick', swallow);
    };
  }, [context, countColumn]);

  return (
    <span className="count-header">
      <span className="count-header__name">{props.displayName}</span>
      <span
        ref={pencil}
        className="count-header__rename"
        role="button"
        aria-label={`Kolom '${props.displayName}' een naam geven`}
        title="Kolomnaam wijzigen"
        data-testid={`rename-c${countColumn}`}
      >
        ✎
      </span>
    </span>
  );
}
