/**
 * A dev-only form behind a button: opening it moves focus to its first field; closing it (Cancel, or Escape inside
 * it, which must not close the whole panel) gives focus back to the button. `closeQuietly` leaves focus alone: for
 * when new data has arrived and the panel has moved focus to its heading.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function useEditDisclosure() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (open) form.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [open]);
  const hide = () => { returnFocus.current = true; setOpen(false); };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault(); // the app closes the panel on an Escape nobody handled
    hide();
  };
  return { open, show: () => setOpen(true), hide, closeQuietly: () => setOpen(false), opener, form, onKeyDown };
}
