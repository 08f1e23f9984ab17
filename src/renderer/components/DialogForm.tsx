// A dialog's form: its fields, then "Annuleren" and the button that submits. Submitting (that
// button, Enter in a one-line field) calls onSubmit; the form itself never navigates.
import type { ReactNode } from 'react';
import { Button } from './Button';

interface DialogFormProps {
  children: ReactNode;
  onSubmit(): void;
  onCancel(): void;
  submitLabel: string;
  submitTestId: string;
}

export function DialogForm({ children, onSubmit, onCancel, submitLabel, submitTestId }: DialogFormProps): React.JSX.Element {
  return (
    <form
      method="dialog"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className="dialog__actions">
        <Button look="quiet" onClick={onCancel}>
          Annuleren
        </Button>
        <Button look="primary" submit data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
