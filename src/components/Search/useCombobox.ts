import {useEffect, useState, type KeyboardEvent} from 'react';

/**
 * The keyboard side of a combobox with a listbox popup (WAI-ARIA APG):
 * Down and Up move through the options (opening the popup), Enter follows
 * the active option, Escape closes the popup and then clears the box. The
 * first option is active whenever the options change, so Enter takes the
 * best match.
 */
export function useCombobox<T>(options: readonly T[], {choose, clear}: {choose: (option: T | undefined) => void; clear: () => void}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [options]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    const move = (step: number) => {
      event.preventDefault();
      if (!open) setOpen(true);
      else if (count > 0) setActive((current) => (current + step + count) % count);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        setOpen(false);
        choose(options[active]);
        break;
      case 'Escape':
        event.preventDefault();
        if (open) setOpen(false);
        else clear();
        break;
      default:
    }
  };
  return {open, setOpen, active, setActive, onKeyDown};
}
