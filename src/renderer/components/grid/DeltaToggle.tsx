// "Δ vorig kwartaal" in the Gemeenten panel's head: a checkbox (Tab reaches it, Space turns it on
// or off) that adds each value's change since the quarter before, beside it in the grid.
import { DELTA_LABEL } from '../../session';

const HINT =
  'Per aantal en het totaal het verschil met het kwartaal ervoor, in aantal en in procenten, als dat kwartaal geladen is. ' +
  'Na een herindeling t.o.v. de som van de voorgangers (Σ).';

export function DeltaToggle({ on, onChange }: { on: boolean; onChange(on: boolean): void }): React.JSX.Element {
  return (
    <label className="toggle toggle--view" title={HINT}>
      <input type="checkbox" data-testid="delta-toggle" checked={on} onChange={(event) => onChange(event.target.checked)} aria-description={HINT} />
      <span>{DELTA_LABEL}</span>
    </label>
  );
}
