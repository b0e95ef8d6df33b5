/** Buttons for zooming without a wheel or trackpad. */
interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">+</button>
      <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">−</button>
      <button type="button" onClick={onFit} title="Show all events (0)">Fit all</button>
    </div>
  );
}
