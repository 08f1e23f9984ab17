// "details" next to a notice about many files: opens every file of it as a list above the status
// bar, wrapped and scrollable, closed with its button or Escape (focus goes back to "details").
import { useEffect, useId, useRef, useState } from 'react';
import { groupHeading, itemText, type NoticeGroup } from '../session';

export function NoticeDetails({ groups }: { groups: readonly NoticeGroup[] }): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = (): void => {
    setOpen(false);
    opener.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    // Focus in the list, so arrow keys scroll it and Tab reaches its close button.
    panel.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      opener.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="notice__details-button"
        data-testid="notice-details-open"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        details
      </button>
      {open && (
        <div ref={panel} id={panelId} className="notice-details" data-testid="notice-details" role="region" aria-label="Details van de melding" tabIndex={-1}>
          <div className="notice-details__head">
            <h2 className="notice-details__title">Details</h2>
            <button type="button" className="notice__close" aria-label="Details sluiten" data-testid="notice-details-close" onClick={close}>
              ×
            </button>
          </div>
          {groups.map((group) => (
            <section key={group.kind} className="notice-details__group">
              <h3 className="notice-details__heading">
                {groupHeading(group.kind)} ({group.items.length})
              </h3>
              <ul className="notice-details__list">
                {group.items.map((item, index) => (
                  <li key={`${index}:${item.file}`} data-testid="notice-details-item">
                    {itemText(item)}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
