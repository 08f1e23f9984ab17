// Over the whole window while PDFs are dragged over it (tables shown): where they will land.
// It takes no pointer events, so the drop reaches the window below it.
export function WindowDropIndicator(): React.JSX.Element {
  return (
    <div className="window-drop" data-testid="window-drop-indicator" aria-hidden="true">
      <div className="window-drop__label">
        <div className="drop-zone__icon" />
        <span>Laat los om de PDF's toe te voegen</span>
      </div>
    </div>
  );
}
